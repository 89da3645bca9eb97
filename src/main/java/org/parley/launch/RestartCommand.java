package org.parley.launch;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import org.parley.config.DiskFullException;
import org.parley.config.DiskSpace;
import org.parley.config.HomeBusyException;
import org.parley.config.HomeLock;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parley restart ID}: continues a FAILED or STOPPED run from its last checkpoint. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restart a FAILED or STOPPED run with its original parameters, from its last checkpoint.")
final class RestartCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Parameters(paramLabel = "ID", description = "The execution id (see 'parley jobs').")
    long execution;

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
                restarted = jobs.restart(execution);
            } catch (JobStateException e) {
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

    /** Restarts through the HTTP API of the 'parley serve' that holds the home, and follows the run. */
    private int remote(HomeLock.Holder holder) throws Exception {
        try {
            ServiceClient client = ServiceClient.of(holder, login);
            JsonNode ticket = client.post("/api/executions/" + execution + "/restart", null,
                    java.net.http.HttpRequest.BodyPublishers.noBody());
            System.out.println("Restarting run " + execution + " on the server");
            return new RemoteRun(client, home.resolve(), System.out).follow(ticket);
        } catch (ServiceClient.Refused | IllegalArgumentException e) {
            System.err.println("parley restart: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
