package org.parley.launch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import org.parley.config.DiskFullException;
import org.parley.config.DiskSpace;
import org.parley.config.HomeBusyException;
import org.parley.config.HomeLock;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley restart ID}: continues a FAILED or STOPPED run from its last checkpoint, optionally with changed parameters. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restart a FAILED or STOPPED run from its last checkpoint, with its original parameters "
                + "or with some changed (the article set and the output folder cannot change).")
final class RestartCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Parameters(paramLabel = "ID", description = "The execution id (see 'parley jobs').")
    long execution;

    @Option(names = "--formats", paramLabel = "pdf,docx", description = "Document formats instead of the run's.")
    String formats;

    @Option(names = "--template", paramLabel = "NAME", description = "Template name instead of the run's.")
    String template;

    @Option(names = "--rounds", paramLabel = "FILE", description = "A rounds file instead of the run's (\"\" for none). "
            + "While 'parley serve' holds the home, a file in its inbox.")
    String rounds;

    @Option(names = "--parties", paramLabel = "FILE", description = "A parties file instead of the run's (\"\" for none). "
            + "While 'parley serve' holds the home, a file in its inbox.")
    String parties;

    @Option(names = "--partitions", paramLabel = "N", description = "Extract in N partitions (1 to 64; \"\" for the default).")
    String partitions;

    @Option(names = "--render-partitions", paramLabel = "N", description = "Render in at most N partitions "
            + "(1 to 64; \"\" for the default, one per round, at most 16).")
    String renderPartitions;

    @Mixin
    ServiceLogin login;

    @Override
    public Integer call() throws Exception {
        HomeLock.Holder holder = HomeLock.holder(home.resolve());
        if (holder != null && holder.command().equals("serve")) {
            return remote(holder);
        }
        try {
            DiskSpace.requireRoomForRun(home.resolve().root());
        } catch (DiskFullException e) {
            System.err.println("parley restart: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        try (Home opened = home.open(home.resolve(), "restart", 0)) {
            Jobs jobs = new Jobs();
            long restarted;
            try {
                jobs.checkRestartable(execution);
                Properties parameters = changes().isEmpty() ? new Properties()
                        : RestartParameters.merge(jobs.parameters(execution), changes());
                restarted = jobs.restart(execution, parameters);
            } catch (JobStateException | IllegalArgumentException e) {
                System.err.println("parley restart: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            System.out.println("Restarting run " + execution + " as execution " + restarted);
            return new JobRun(jobs, opened, System.out).follow(restarted);
        } catch (HomeBusyException e) {
            System.err.println("parley restart: " + e.getMessage());
            return ExitCodes.HOME_BUSY;
        }
    }

    /** The parameters the options change, by their job parameter names. */
    private Map<String, String> changes() {
        Map<String, String> changes = new LinkedHashMap<>();
        put(changes, "formats", formats);
        put(changes, "template", template);
        put(changes, "rounds", rounds);
        put(changes, "parties", parties);
        put(changes, "partitions", partitions);
        put(changes, "renderPartitions", renderPartitions);
        return changes;
    }

    private static void put(Map<String, String> changes, String name, String value) {
        if (value != null) {
            changes.put(name, value);
        }
    }

    /** Restarts through the HTTP API of the 'parley serve' that holds the home, and follows the run. */
    private int remote(HomeLock.Holder holder) throws Exception {
        try {
            ServiceClient client = ServiceClient.of(holder, login);
            Map<String, String> changes = changes();
            if (changes.containsKey("rounds") || changes.containsKey("parties")) {
                inInbox(changes, Path.of(client.get("/api/inbox").get("folder").asText()));
            }
            JsonNode ticket = client.post("/api/executions/" + execution + "/restart", "application/json",
                    java.net.http.HttpRequest.BodyPublishers.ofString(ServiceJson.object(changes)));
            System.out.println("Restarting run " + execution + " on the server");
            return new RemoteRun(client, home.resolve(), System.out).follow(ticket);
        } catch (ServiceClient.Refused | IllegalArgumentException e) {
            System.err.println("parley restart: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    /** The server reads rounds and parties files from its inbox: names them relative to it, or refuses. */
    private static void inInbox(Map<String, String> changes, Path inbox) {
        Path root = inbox.toAbsolutePath().normalize();
        for (String name : List.of("rounds", "parties")) {
            String value = changes.get(name);
            if (value == null || value.isBlank()) {
                continue;
            }
            Path file = Path.of(value).toAbsolutePath().normalize();
            if (!file.startsWith(root) || file.equals(root)) {
                throw new IllegalArgumentException("--" + name + " " + value + ": while 'parley serve' holds the home, "
                        + "the file must be in its inbox, " + root);
            }
            changes.put(name, root.relativize(file).toString().replace('\\', '/'));
        }
    }
}
