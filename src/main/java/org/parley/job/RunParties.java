package org.parley.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.parley.party.PartyRegistry;

/** The party registry of a run: the bundled one, extended by the run's parties file if any. */
final class RunParties {

    private RunParties() {
    }

    static PartyRegistry load(String partiesFile) {
        PartyRegistry bundled = PartyRegistry.bundled();
        if (partiesFile == null || partiesFile.isBlank()) {
            return bundled;
        }
        try {
            return bundled.with(Path.of(partiesFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
