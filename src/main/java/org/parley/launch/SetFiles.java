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
        check(Files.isRegularFile(rounds) ? rounds : null, "the set's " + RunOrders.ROUNDS_FILE,
                Files.isRegularFile(parties) ? parties : null, "the set's " + RunOrders.PARTIES_FILE);
    }

    /**
     * Reads a rounds and a parties file as the job will (either may be null), so that a run given
     * them ({@code run --rounds --parties}) is refused before it starts.
     *
     * @param roundsName  how to name the rounds file in the message, e.g. "--rounds rounds.yaml"
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    static void check(Path rounds, String roundsName, Path parties, String partiesName) {
        PartyRegistry registry = PartyRegistry.bundled();
        if (parties != null) {
            try {
                registry = registry.with(parties);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(partiesName + " cannot be used: " + message(e), e);
            }
        }
        if (rounds != null) {
            try {
                new RoundPlanner(registry, rounds);
            } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                throw new IllegalArgumentException(roundsName + " cannot be used: " + message(e), e);
            }
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
    }
}
