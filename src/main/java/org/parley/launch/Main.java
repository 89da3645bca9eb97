package org.parley.launch;

import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command line. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Briefings on diplomatic talks from news coverage.",
        subcommands = {RunCommand.class, ExtractCommand.class, JobsCommand.class, RestartCommand.class,
                StopCommand.class, PurgeCommand.class, ServeCommand.class, PasswdCommand.class})
public final class Main {

    /** The version the build wrote into the jar's manifest; a run from the classes folder has none. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"Parley " + (version == null ? "(development build, no jar manifest)" : version)};
        }
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: a failure prints one clear line, its detail goes to the log. */
    static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof org.parley.store.DatabaseBusyException) { // as a busy home: wait, or stop the other
                cmd.getErr().println("parley " + cmd.getCommandName() + ": " + e.getMessage());
                return ExitCodes.HOME_BUSY;
            }
            Logger.getLogger(Main.class.getName()).log(Level.SEVERE, "parley " + cmd.getCommandName() + " failed", e);
            if (org.parley.config.DiskSpace.saysFull(e)) { // not what a full disk made of it later
                cmd.getErr().println("parley " + cmd.getCommandName() + ": error: a disk Parley writes to is full: "
                        + message(e) + ". Free some space there and try again.");
                return ExitCodes.FAILED;
            }
            cmd.getErr().println("parley " + cmd.getCommandName() + ": error: " + message(e));
            return ExitCodes.FAILED;
        });
    }

    private static String message(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        return cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())
                ? message + " (" + cause.getMessage() + ")" : message;
    }
}
