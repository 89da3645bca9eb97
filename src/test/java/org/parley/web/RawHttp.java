package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request written byte for byte over a socket, so that a path reaches the server
 * exactly as written (HTTP clients normalise dot segments and refuse odd characters).
 */
final class RawHttp {

    private RawHttp() {
    }

    /** The status code the server answers to {@code GET rawPath}. */
    static int status(int port, String rawPath, String authorization) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String request = "GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                    + "Connection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                line.append((char) b);
            }
            String[] parts = line.toString().split(" ");
            if (parts.length < 2) {
                throw new IOException("no status line for " + rawPath + ": '" + line + "'");
            }
            return Integer.parseInt(parts[1]);
        }
    }
}
