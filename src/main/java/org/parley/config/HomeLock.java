package org.parley.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The claim of one process on a home. Embedded Derby admits one JVM per database, so the process
 * that opens the home says so in {@code state/parley.lock}: its pid, its command, for
 * {@code serve} its port (and, when it speaks TLS itself, the certificate it presents, which the
 * commands that go through it trust), and for {@code run} and {@code restart} the execution it runs. Another
 * process reads that and says clearly who holds the home.
 */
public final class HomeLock implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FileChannel channel;
    private final FileLock lock;
    private String command;
    private int port;
    private String certificate;

    private HomeLock(FileChannel channel, FileLock lock, String command, int port) {
        this.channel = channel;
        this.lock = lock;
        this.command = command;
        this.port = port;
    }

    /**
     * Claims the home for this process, or fails with who holds it.
     *
     * @param command what this process does ("run", "serve")
     * @param port    the HTTP port for {@code serve}, else 0
     */
    public static HomeLock acquire(ParleyHome home, String command, int port) throws HomeBusyException {
        try {
            Files.createDirectories(home.state());
            FileChannel channel = FileChannel.open(home.lockFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                Holder holder = Holder.read(channel);
                channel.close();
                throw new HomeBusyException(home, holder);
            }
            write(channel, command, port, null, 0);
            return new HomeLock(channel, lock, command, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the Parley home " + home.root(), e);
        }
    }

    /** Who holds the home now, or null when nobody does. Does not claim it. */
    public static Holder holder(ParleyHome home) {
        if (!Files.exists(home.lockFile())) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(home.lockFile(), StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe != null) {
                probe.release();
                return null;
            }
            return Holder.read(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lock of " + home.root(), e);
        }
    }

    private static void write(FileChannel channel, String command, int port, String certificate, long execution)
            throws IOException {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("pid", ProcessHandle.current().pid());
        content.put("command", command);
        content.put("port", port);
        if (certificate != null) {
            content.put("certificate", certificate);
        }
        content.put("execution", execution);
        content.put("since", Instant.now().toString());
        byte[] bytes = JSON.writeValueAsBytes(content);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(bytes), 0);
        channel.force(true);
    }

    /** Rewrites what the lock says, for a server that learned its port only once it listened. */
    public synchronized void announce(String command, int port) {
        announce(command, port, null);
    }

    /** The same, for a server that speaks TLS: with the (PEM) certificate it presents. */
    public synchronized void announce(String command, int port, String certificate) {
        this.command = command;
        this.port = port;
        this.certificate = certificate;
        rewrite(0);
    }

    /** Says which job execution this process runs, so that {@code stop ID} can tell it is the one meant. */
    public synchronized void announceExecution(long execution) {
        rewrite(execution);
    }

    private void rewrite(long execution) {
        try {
            write(channel, command, port, certificate, execution);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the home lock", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the home lock", e);
        }
    }

    /**
     * What the lock file says of the process holding the home.
     *
     * @param certificate the PEM certificate a serve with its own TLS presents, or null for plain HTTP
     */
    public record Holder(long pid, String command, int port, long execution, String since, String certificate) {

        public Holder(long pid, String command, int port, long execution, String since) {
            this(pid, command, port, execution, since, null);
        }

        static Holder read(FileChannel channel) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
            try {
                Map<?, ?> map = JSON.readValue(text, Map.class);
                Object execution = map.get("execution");
                return new Holder(((Number) map.get("pid")).longValue(), String.valueOf(map.get("command")),
                        ((Number) map.get("port")).intValue(), execution instanceof Number n ? n.longValue() : 0,
                        String.valueOf(map.get("since")), map.get("certificate") instanceof String c ? c : null);
            } catch (IOException | RuntimeException e) {
                return new Holder(-1, "unknown", 0, 0, "unknown");
            }
        }

        /** "parley run of execution 7 (pid 1234) since 2026-11-27T10:00:00Z". */
        public String describe() {
            String what = "parley " + command + (port > 0 ? " on port " + port : "")
                    + (execution > 0 ? " of execution " + execution : "");
            return what + (pid > 0 ? " (pid " + pid + ")" : "") + " since " + since;
        }
    }
}
