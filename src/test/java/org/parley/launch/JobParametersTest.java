package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.web.RunControl;

/** The job parameters as the launcher passes and reads them back, the partitions a service's run gets, and the counts refused. */
class JobParametersTest {

    private static final JobParameters SET = new JobParameters(Path.of("/sets/talks"), null, List.of("pdf"), "briefing",
            null, null);

    @Test
    void theRenderPartitionsGoToTheJobAndComeBackFromItsRecord() {
        JobParameters given = SET.withPartitions(4).withRenderPartitions(32);

        Properties p = given.toProperties();

        assertEquals("4", p.getProperty("partitions"));
        assertEquals("32", p.getProperty("renderPartitions"));
        assertEquals(given, JobParameters.fromProperties(p));
        assertFalse(SET.toProperties().containsKey("renderPartitions"), "none given: the job's default");
        assertEquals(null, JobParameters.fromProperties(SET.toProperties()).renderPartitions());
    }

    @Test
    void aRunTheServiceStartsGetsThePartitionsItWasAskedFor(@TempDir Path set) {
        Properties p = RunOrders.forSet("manual", "analyst", "upload: talks.zip", set,
                new RunControl.RunOptions(List.of("pdf"), "briefing", 3, 8), set, false).parameters().toProperties();

        assertEquals("3", p.getProperty("partitions"));
        assertEquals("8", p.getProperty("renderPartitions"));
        Properties none = RunOrders.forSet("manual", "analyst", "upload: talks.zip", set,
                new RunControl.RunOptions(List.of("pdf"), "briefing"), set, false).parameters().toProperties();
        assertFalse(none.containsKey("partitions"), "none asked: one per 250 articles");
    }

    @Test
    void aCountOutsideOneToSixtyFourIsRefusedNamingTheParameter() {
        assertEquals("renderPartitions must be 1 to 64, not 0", assertThrows(IllegalArgumentException.class,
                () -> SET.withRenderPartitions(0)).getMessage());
        assertEquals("renderPartitions must be 1 to 64, not 65", assertThrows(IllegalArgumentException.class,
                () -> SET.withRenderPartitions(65)).getMessage());
        assertEquals("partitions must be 1 to 64, not 65", assertThrows(IllegalArgumentException.class,
                () -> SET.withPartitions(65)).getMessage());
        assertEquals(64, SET.withRenderPartitions(64).renderPartitions());
    }

    @Test
    void runAndRestartRefuseABadRenderPartitionsAtOnceNamingTheOption() {
        assertRefused(List.of("run", "--render-partitions", "0"), "parley run: --render-partitions must be 1 to 64, not 0");
        assertRefused(List.of("run", "--render-partitions", "65", "--liberty", "https://127.0.0.1:9443",
                "--articles", "/sets/talks", "--output", "/srv/out"), "parley run: --render-partitions must be 1 to 64, not 65");
        assertRefused(List.of("run", "--partitions", "0", "--render-partitions", "8"),
                "parley run: --partitions must be 1 to 64, not 0");
    }

    private static void assertRefused(List<String> args, String message) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute(args.toArray(String[]::new));
        } finally {
            System.setErr(err);
        }
        assertEquals(ExitCodes.USAGE, code, captured.toString(StandardCharsets.UTF_8));
        assertTrue(captured.toString(StandardCharsets.UTF_8).startsWith(message), captured.toString(StandardCharsets.UTF_8));
    }
}
