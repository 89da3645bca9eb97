package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.parley.config.Folders;

/**
 * Receives an uploaded .zip into the home's {@code state/uploads/}, unpacks it there through the
 * {@link ZipGuard} into a temporary folder, and renames that folder into place once complete; the
 * archive itself is deleted either way. Nothing is written outside that folder.
 */
final class Uploads {

    private final Path folder;
    private final ZipGuard.Limits limits;

    Uploads(Path folder, ZipGuard.Limits limits) {
        this.folder = folder;
        this.limits = limits;
    }

    /** Saves and unpacks an archive; returns the folder of its articles. */
    Path receive(InputStream body, String name) throws IOException, BadZipException {
        Files.createDirectories(folder);
        String token = Sessions.token().substring(0, 12);
        Path zip = folder.resolve(".incoming-" + token + ".zip");
        Path partial = folder.resolve(".partial-" + token);
        Path target = folder.resolve(name);
        try {
            Files.copy(body, zip, StandardCopyOption.REPLACE_EXISTING);
            ZipGuard.unpack(zip, partial, limits);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(zip);
            Folders.deleteRecursively(partial);
        }
    }

}
