package org.parley.launch;

import java.io.IOException;
import java.nio.file.Path;

import org.parley.config.DatabaseSetting;
import org.parley.config.HomeBusyException;
import org.parley.config.ParleyHome;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --home} and {@code --database} options every command that touches a home shares. */
final class HomeOption {

    @Option(names = "--home", paramLabel = "DIR",
            description = "The Parley home (state and documents). Default: $PARLEY_HOME, else ./output.")
    Path home;

    @Option(names = "--database", paramLabel = "JDBC_URL",
            description = "A PostgreSQL database for the job repository and Parley's tables "
                    + "(jdbc:postgresql://HOST[:PORT]/DB; user and password from $PARLEY_DATABASE_USER and "
                    + "$PARLEY_DATABASE_PASSWORD). Default: $PARLEY_DATABASE, else the one the home was first "
                    + "opened on, else the home's embedded Derby.")
    String database;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    ParleyHome resolve() {
        return ParleyHome.resolve(home);
    }

    /** The database for the home; a setting that cannot be used is a usage error naming it. */
    DatabaseSetting database(ParleyHome paths) {
        return database(paths, null);
    }

    /** The same, with a configuration file's database below the option and {@code PARLEY_DATABASE}. */
    DatabaseSetting database(ParleyHome paths, String configured) {
        String given = database != null ? database : System.getenv(DatabaseSetting.ENV) != null ? null : configured;
        try {
            return DatabaseSetting.resolve(paths, given, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Opens the home on its database for a command. */
    Home open(ParleyHome paths, String command, int port) throws HomeBusyException, IOException {
        return open(paths, command, port, null);
    }

    /** Opens the home on its database for a command, with a configuration file's database. */
    Home open(ParleyHome paths, String command, int port, String configured) throws HomeBusyException, IOException {
        return Home.open(paths, database(paths, configured), command, port);
    }
}
