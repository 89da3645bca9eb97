package org.parley.launch;

import java.io.Console;

import picocli.CommandLine.Option;

/**
 * The credentials a command uses when a {@code parley serve} holds the home and the command goes
 * through its HTTP API: {@code --user} (else {@code PARLEY_USER}) and the password from
 * {@code PARLEY_PASSWORD}, else asked on the terminal.
 */
final class ServiceLogin {

    /** The environment variables that carry the credentials. */
    static final String USER_ENV = "PARLEY_USER";
    static final String PASSWORD_ENV = "PARLEY_PASSWORD";

    @Option(names = "--user", paramLabel = "NAME", description = "The user for a home that 'parley serve' holds "
            + "(password from $PARLEY_PASSWORD, else asked). Default: $PARLEY_USER.")
    String user;

    /** The user name, or fails with what to set. */
    String user() {
        String name = user != null ? user : System.getenv(USER_ENV);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a 'parley serve' holds this home: give --user NAME (or set "
                    + USER_ENV + ") and set " + PASSWORD_ENV);
        }
        return name;
    }

    /** The password, from the environment or the terminal, or fails with what to set. */
    String password() {
        String password = System.getenv(PASSWORD_ENV);
        if (password != null) {
            return password;
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for %s: ", user());
            if (typed != null) {
                return new String(typed);
            }
        }
        throw new IllegalArgumentException("a 'parley serve' holds this home: set " + PASSWORD_ENV + " for user " + user());
    }
}
