package org.parley.launch;

import java.nio.file.Path;

import org.parley.config.ParleyHome;

import picocli.CommandLine.Option;

/** The {@code --home} option every command that touches a home shares. */
final class HomeOption {

    @Option(names = "--home", paramLabel = "DIR",
            description = "The Parley home (state and documents). Default: $PARLEY_HOME, else ./output.")
    Path home;

    ParleyHome resolve() {
        return ParleyHome.resolve(home);
    }
}
