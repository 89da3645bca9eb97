package org.parley.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves a path that a user gave, relative to a folder it must stay in: no absolute paths, no
 * {@code ..}, no backslashes, no percent signs left over from a second encoding, and no symbolic
 * link that leads out. The service uses it for downloads and for article sets in the inbox.
 */
public final class ConfinedPaths {

    private ConfinedPaths() {
    }

    /** The existing file or folder {@code relative} names under {@code root}, or empty when it names none there. */
    public static Optional<Path> resolve(Path root, String relative) {
        if (!wellFormed(relative)) {
            return Optional.empty();
        }
        Path base = root.toAbsolutePath().normalize();
        Path candidate = base.resolve(relative).normalize();
        if (!candidate.startsWith(base) || candidate.equals(base) || !Files.exists(candidate)) {
            return Optional.empty();
        }
        try {
            return candidate.toRealPath().startsWith(base.toRealPath()) ? Optional.of(candidate) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether a relative path is made only of plain segments separated by forward slashes. */
    public static boolean wellFormed(String relative) {
        if (relative == null || relative.isBlank() || relative.length() > 1000 || relative.startsWith("/")) {
            return false;
        }
        for (char ch : relative.toCharArray()) {
            if (ch == '\\' || ch == '%' || ch == ':' || ch < 0x20) {
                return false;
            }
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
