package org.parley.launch;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.parley.web.PasswordHash;

import picocli.CommandLine.Command;

/** {@code parley passwd}: prints the PBKDF2 hash of a password, for the users of the configuration. */
@Command(name = "passwd", mixinStandardHelpOptions = true,
        description = "Print a PBKDF2 hash of a password for the 'users' of the serve configuration. "
                + "The password is read from the terminal (asked twice, not shown), or else from the first line "
                + "of standard input.")
final class PasswdCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        char[] password = read();
        if (password == null || password.length == 0) {
            System.err.println("parley passwd: no password given");
            return ExitCodes.USAGE;
        }
        try {
            System.out.println(PasswordHash.hash(password));
            return ExitCodes.COMPLETED;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] read() throws java.io.IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, second)) {
                System.err.println("parley passwd: the two passwords differ");
                return null;
            }
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? null : line.toCharArray();
    }
}
