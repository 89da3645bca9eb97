package org.parley.launch;

import java.util.concurrent.Callable;

import org.parley.config.HomeBusyException;

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

    @Override
    public Integer call() throws Exception {
        try (Home opened = Home.open(home.resolve(), "restart", 0)) {
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
}
