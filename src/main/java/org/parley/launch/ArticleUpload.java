package org.parley.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * An article set sent to a {@code parley serve}: the .zip as it is, or a folder (or a zip with a
 * rounds or parties file added) zipped on the fly into the request, nothing written to disk.
 * The rounds and parties files go to the archive's root as {@code rounds.yaml} and
 * {@code parties.yaml}, where the service looks for them.
 */
final class ArticleUpload {

    private ArticleUpload() {
    }

    static HttpRequest.BodyPublisher body(Path articles, Path rounds, Path parties) throws IOException {
        if (Files.isRegularFile(articles) && rounds == null && parties == null) {
            return HttpRequest.BodyPublishers.ofFile(articles);
        }
        return HttpRequest.BodyPublishers.ofInputStream(() -> pipe(out -> write(out, articles, rounds, parties)));
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static InputStream pipe(Writer writer) {
        try {
            PipedInputStream in = new PipedInputStream(1 << 16);
            PipedOutputStream out = new PipedOutputStream(in);
            Thread thread = new Thread(() -> {
                try (out) {
                    writer.write(out);
                } catch (IOException e) {
                    // the truncated archive makes the server refuse the upload; say why here too
                    System.err.println("parley: cannot read the article set: " + e.getMessage());
                }
            }, "parley-upload");
            thread.setDaemon(true);
            thread.start();
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, Path articles, Path rounds, Path parties) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (Files.isDirectory(articles)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(articles)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    String name = articles.relativize(f).toString().replace('\\', '/');
                    if (!overridden(name, rounds, parties)) {
                        zip.putNextEntry(new ZipEntry(name));
                        Files.copy(f, zip);
                        zip.closeEntry();
                    }
                }
            } else {
                copyEntries(articles, zip, rounds, parties);
            }
            add(zip, RunOrders.ROUNDS_FILE, rounds);
            add(zip, RunOrders.PARTIES_FILE, parties);
        }
    }

    private static void copyEntries(Path archive, ZipOutputStream zip, Path rounds, Path parties) throws IOException {
        try (ZipFile source = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!e.isDirectory() && !overridden(e.getName(), rounds, parties)) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    try (InputStream in = source.getInputStream(e)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        }
    }

    private static boolean overridden(String name, Path rounds, Path parties) {
        return (rounds != null && name.equals(RunOrders.ROUNDS_FILE)) || (parties != null && name.equals(RunOrders.PARTIES_FILE));
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        if (file != null) {
            zip.putNextEntry(new ZipEntry(name));
            Files.copy(file, zip);
            zip.closeEntry();
        }
    }
}
