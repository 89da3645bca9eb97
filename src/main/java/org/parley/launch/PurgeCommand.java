package org.parley.launch;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.parley.config.HomeBusyException;
import org.parley.config.HomeLock;
import org.parley.store.RunRecordStore;
import org.parley.store.RunRequestStore;
import org.parley.web.RunControl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley purge --older-than 30d}: deletes the records of runs that ended long enough ago. */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Delete the records of runs whose executions all ended (COMPLETED, FAILED, STOPPED or "
                + "ABANDONED) longer ago than --older-than: jbatch's and Parley's, a run's in one transaction. Their run "
                + "folders stay unless --folders is given; latest/ always stays.")
final class PurgeCommand implements Callable<Integer> {

    private static final Pattern AGE = Pattern.compile("([0-9]{1,5})([dh])");

    @Mixin
    HomeOption home;

    @Option(names = "--older-than", paramLabel = "AGE", required = true,
            description = "How long ago the runs ended: days (30d) or hours (12h).")
    String olderThan;

    @Option(names = "--folders", description = "Also delete their run folders under briefings/.")
    boolean folders;

    @Option(names = "--dry-run", description = "Only list what would go.")
    boolean dryRun;

    @Mixin
    ServiceLogin login;

    @Override
    public Integer call() throws Exception {
        Matcher age = AGE.matcher(olderThan.strip());
        if (!age.matches()) {
            System.err.println("parley purge: --older-than is days or hours, e.g. 30d or 12h, not '" + olderThan + "'");
            return ExitCodes.USAGE;
        }
        long n = Long.parseLong(age.group(1));
        Instant before = Instant.now().minus(age.group(2).equals("d") ? Duration.ofDays(n) : Duration.ofHours(n));
        HomeLock.Holder holder = HomeLock.holder(home.resolve());
        if (holder != null && holder.command().equals("serve")) {
            return remote(holder, before);
        }
        try (Home opened = home.open(home.resolve(), "purge", 0)) {
            RunRequestStore requests = new RunRequestStore(opened.database());
            RunControl.Purged purged = new RunPurge(new Jobs(), new RunRecordStore(opened.database()), requests,
                    opened.paths().briefings()).purge(before, folders, dryRun);
            report(purged.dryRun(), purged.instances().size(), purged.executions().toString(), purged.folders().toString());
            return ExitCodes.COMPLETED;
        } catch (HomeBusyException e) {
            System.err.println("parley purge: " + e.getMessage());
            return ExitCodes.HOME_BUSY;
        }
    }

    /** Purges through the HTTP API of the 'parley serve' that holds the home (an admin's login). */
    private int remote(HomeLock.Holder holder, Instant before) throws Exception {
        try {
            JsonNode purged = ServiceClient.of(holder, login).post("/api/purge?before=" + before + "&folders=" + folders
                    + "&dryRun=" + dryRun, null, java.net.http.HttpRequest.BodyPublishers.noBody());
            report(dryRun, purged.get("instances").size(), purged.get("executions").toString(),
                    purged.get("folders").toString());
            return ExitCodes.COMPLETED;
        } catch (ServiceClient.Refused | IllegalArgumentException e) {
            System.err.println("parley purge: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private void report(boolean dry, int runs, String executions, String deletedFolders) {
        System.out.println((dry ? "Would purge " : "Purged ") + runs + " runs that ended more than " + olderThan
                + " ago: executions " + executions + (folders ? "; run folders " + deletedFolders : ""));
    }
}
