package org.parley.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.parley.party.PartyRegistry;
import org.parley.round.RoundPlanner;

/**
 * The rounds and parties files at the root of an article set the service was given (an upload, an
 * inbox set), read before the run is accepted: a broken one is refused at once, naming the file and
 * the problem, rather than failing the run at its third step.
 */
final class SetFiles {

    private SetFiles() {
    }

    /**
     * @param set the staged set: a folder, or a .zip whose folder holds the files
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    static void check(Path set) {
        Path folder = Files.isDirectory(set) ? set : set.getParent();
        Path parties = folder.resolve(RunOrders.PARTIES_FILE);
        Path rounds = folder.resolve(RunOrders.ROUNDS_FILE);
        PartyRegistry registry = PartyRegistry.bundled();
        if (Files.isRegularFile(parties)) {
            try {
                registry = registry.with(parties);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("the set's " + RunOrders.PARTIES_FILE + " cannot be used: "
                        + message(e), e);
            }
        }
        if (Files.isRegularFile(rounds)) {
            try {
                new RoundPlanner(registry, rounds);
            } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                throw new IllegalArgumentException("the set's " + RunOrders.ROUNDS_FILE + " cannot be used: "
                        + message(e), e);
            }
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
    }
}
