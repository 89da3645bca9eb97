package org.parley.launch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.parley.config.ParleyHome;

/**
 * The article set bundled with Parley (a fictional negotiation, see the README), unpacked into the
 * home so that the default run reads it like any other folder.
 */
final class BundledSample {

    static final String NAME = "talks";
    private static final String RESOURCE = "/org/parley/samples/" + NAME;
    static final String PARTIES_FILE = "parties.yaml";

    private BundledSample() {
    }

    /** Unpacks the sample set into the home's samples folder, fresh each time; returns the folder. */
    static Path unpack(ParleyHome home) throws IOException {
        URL url = BundledSample.class.getResource(RESOURCE);
        if (url == null) {
            throw new IOException("the bundled sample set " + RESOURCE + " is missing from this build");
        }
        Path target = home.samples().resolve(NAME);
        Files.createDirectories(target);
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(jar.getPath(RESOURCE), target);
                }
            } else {
                copyTree(Path.of(uri), target);
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the bundled sample set: " + e.getMessage(), e);
        }
        return target;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path to = target.resolve(source.relativize(file).toString());
            Files.createDirectories(to.getParent());
            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
