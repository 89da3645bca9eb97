package org.parley.config;

/**
 * Keeps embedded Derby's own files inside the home: its error log goes to
 * {@code state/derby.log} rather than the working directory.
 */
final class DerbySetup {

    private DerbySetup() {
    }

    static void configure(ParleyHome home) {
        System.setProperty("derby.system.home", home.state().toString());
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", home.derbyLog().toString());
        }
    }
}
