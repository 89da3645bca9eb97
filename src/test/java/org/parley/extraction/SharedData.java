package org.parley.extraction;

import java.nio.file.Path;

/** Where the shared data lives: system property {@code parley.shared}, else {@code ../shared} from the project. */
final class SharedData {

    private SharedData() {
    }

    static Path dir() {
        return Path.of(System.getProperty("parley.shared", "../shared"));
    }
}
