package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks an uploaded .zip only when it is safe to: every entry a plain relative path (no
 * {@code ../}, no absolute or drive paths, no backslashes), at most 10,000 entries, at most 1 GB
 * unpacked, and no entry of 64 KiB or more (nor the whole archive) inflating to more than 100
 * times its compressed size. Sizes are checked as declared first, then counted while inflating,
 * since a hostile archive can lie about them.
 */
final class ZipGuard {

    /** The limits; the service uses {@link #DEFAULT}. */
    record Limits(int maxEntries, long maxBytes, int maxRatio) {
    }

    static final Limits DEFAULT = new Limits(10_000, 1L << 30, 100);
    /** Entries smaller than this are not held to the ratio: a few repeated bytes compress well. */
    private static final long RATIO_FLOOR = 64 * 1024;

    private ZipGuard() {
    }

    /** Checks the archive and unpacks it into {@code target}, which it creates; fails with the reason otherwise. */
    static void unpack(Path zip, Path target, Limits limits) throws BadZipException, IOException {
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            List<ZipEntry> entries = check(file, limits);
            Files.createDirectories(target);
            long total = 0;
            for (ZipEntry entry : entries) {
                if (!entry.isDirectory()) {
                    total += extract(file, entry, target, limits, total);
                }
            }
        } catch (ZipException e) {
            throw new BadZipException("not a readable .zip archive: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadZipException("the archive has entry names that are not UTF-8");
        }
    }

    private static List<ZipEntry> check(ZipFile file, Limits limits) throws BadZipException {
        if (file.size() > limits.maxEntries()) {
            throw new BadZipException("the archive has " + file.size() + " entries; at most " + limits.maxEntries()
                    + " are accepted");
        }
        List<ZipEntry> entries = new ArrayList<>();
        long declared = 0;
        long compressed = 0;
        Enumeration<? extends ZipEntry> all = file.entries();
        java.util.Set<String> names = new java.util.HashSet<>();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            checkName(entry.getName());
            // unpacked, the second would overwrite the first without a word
            if (!names.add(java.nio.file.Path.of(entry.getName()).normalize().toString())) {
                throw new BadZipException("the archive has two entries named " + entry.getName());
            }
            declared += Math.max(0, entry.getSize());
            compressed += Math.max(0, entry.getCompressedSize());
            checkRatio(entry.getName(), entry.getSize(), entry.getCompressedSize(), limits);
            entries.add(entry);
        }
        if (declared > limits.maxBytes()) {
            throw new BadZipException("the archive unpacks to " + declared + " bytes; at most " + limits.maxBytes()
                    + " are accepted");
        }
        checkRatio("the archive", declared, compressed, limits);
        return entries;
    }

    /** Refuses names that could land outside the target folder. */
    static void checkName(String name) throws BadZipException {
        boolean bad = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0
                || (name.length() > 1 && name.charAt(1) == ':');
        for (String segment : name.split("/")) {
            bad |= segment.equals("..");
        }
        if (bad) {
            throw new BadZipException("the archive has an entry with an unsafe path: " + name);
        }
    }

    private static void checkRatio(String what, long size, long compressed, Limits limits) throws BadZipException {
        if (size >= RATIO_FLOOR && (compressed <= 0 || size > compressed * limits.maxRatio())) {
            throw new BadZipException(what + " inflates more than " + limits.maxRatio() + " times (" + compressed
                    + " bytes to " + size + ")");
        }
    }

    private static long extract(ZipFile file, ZipEntry entry, Path target, Limits limits, long before)
            throws IOException, BadZipException {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
            throw new BadZipException("the archive has an entry with an unsafe path: " + entry.getName());
        }
        Files.createDirectories(out.getParent());
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = file.getInputStream(entry); OutputStream os = Files.newOutputStream(out)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (before + written > limits.maxBytes()) {
                    throw new BadZipException("the archive unpacks to more than " + limits.maxBytes() + " bytes");
                }
                checkRatio(entry.getName(), written, entry.getCompressedSize(), limits);
                os.write(buffer, 0, n);
            }
        }
        return written;
    }
}
