package org.parley.launch;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command line. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "Parley 0.1",
        description = "Briefings on diplomatic talks from news coverage.",
        subcommands = {ExtractCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
