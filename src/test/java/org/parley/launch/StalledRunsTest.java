package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A running execution that has not moved for longer than the service allows is reported stalled, with what to do. */
class StalledRunsTest {

    private static final Instant NOW = Instant.parse("2026-12-08T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(StalledRuns.class.getName()).addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(StalledRuns.class.getName()).removeHandler(handler);
    }

    @Test
    void aStartedExecutionThatHasNotMovedForLongerThanTheThresholdIsStalled() {
        StalledRuns stalls = new StalledRuns(Duration.ofMinutes(15), CLOCK, true);

        String advice = stalls.advice(7, 3, "STARTED", NOW.minus(Duration.ofMinutes(16)));

        assertTrue(advice.startsWith("Execution 7 is STARTED but has shown no progress since 2026-12-08T02:44:00Z "
                + "(longer than 15 min): a partition was most likely lost with a Liberty server that died"), advice);
        assertTrue(advice.contains("Restart the Liberty server that runs the job"), advice);
        assertTrue(advice.contains("then restart the run (Restart on its page, POST /api/executions/7/restart, or "
                + "?action=restart on the server's job instance 3)"), advice);
    }

    @Test
    void aRunThatMovedWithinTheThresholdOrEndedIsNotStalled() {
        StalledRuns stalls = new StalledRuns(Duration.ofMinutes(15), CLOCK, true);
        assertNull(stalls.advice(7, 3, "STARTED", NOW.minus(Duration.ofMinutes(14))));
        assertNull(stalls.advice(7, 3, "STARTED", NOW.minus(Duration.ofMinutes(15))), "exactly the threshold is not past it");
        assertNull(stalls.advice(7, 3, "STARTED", null), "nothing known: nothing to say");
        for (String status : List.of("STARTING", "STOPPING", "FAILED", "STOPPED", "COMPLETED", "ABANDONED")) {
            assertNull(stalls.advice(7, 3, status, NOW.minus(Duration.ofDays(2))), status);
        }
        assertNull(StalledRuns.off().advice(7, 3, "STARTED", NOW.minus(Duration.ofDays(2))), "a listing reports none");
        assertEquals(List.of(), logged);
    }

    @Test
    void eachStallIsLoggedOnceAndAgainWhenTheRunStallsAfterMovingAgain() {
        StalledRuns stalls = new StalledRuns(Duration.ofHours(2), CLOCK, false);
        Instant old = NOW.minus(Duration.ofHours(3));

        String advice = stalls.advice(9, 5, "STARTED", old);
        stalls.advice(9, 5, "STARTED", old);
        stalls.advice(10, 6, "STARTED", old);

        assertTrue(advice.contains("(longer than 2 h): it may be stuck"), advice);
        assertTrue(advice.contains("restart the service (it stops its runs as it ends, and at its start marks a run "
                + "left STARTED FAILED), then restart the run (Restart on its page, or POST /api/executions/9/restart)"),
                advice);
        assertEquals(List.of(advice), logged.stream().filter(r -> r.getMessage().startsWith("Execution 9 ")).map(LogRecord::getMessage).toList());
        assertEquals(2, logged.size(), "one warning per stalled execution");
        assertEquals(Level.WARNING, logged.get(0).getLevel());

        assertNull(stalls.advice(9, 5, "STARTED", NOW.minusSeconds(5)), "it moved again");
        stalls.advice(9, 5, "STARTED", old);
        assertEquals(3, logged.size(), "its second stall is logged too");
    }

    @Test
    void theLastProgressIsTheLatestOfTheRecordItsStepsAndTheSavedChunks() {
        RestExecutions.Execution e = new RestExecutions.Execution(7, 3, Jobs.BRIEFING, BatchStatus.STARTED,
                at("02:00"), null, null, at("01:59"), at("02:00"), new Properties());
        List<StepExecution> steps = List.of(step("ingestArticles", at("02:00"), at("02:01")),
                step("extractStatements", at("02:01"), null));

        assertEquals(Instant.parse("2026-12-08T02:01:00Z"), ExecutionViews.lastProgress(e, steps, null));
        assertEquals(Instant.parse("2026-12-08T02:30:00Z"), ExecutionViews.lastProgress(e, steps,
                Instant.parse("2026-12-08T02:30:00Z")), "a chunk saved its progress since");
        assertEquals(Instant.parse("2026-12-08T02:01:00Z"), ExecutionViews.lastProgress(e, steps,
                Instant.parse("2026-12-08T01:00:00Z")));
        RestExecutions.Execution none = new RestExecutions.Execution(8, 4, Jobs.BRIEFING, BatchStatus.STARTING,
                null, null, null, null, null, new Properties());
        assertNull(ExecutionViews.lastProgress(none, List.of(), null));
    }

    @Test
    void serveRefusesAStalledAfterThatIsNoAgeNamingTheOption() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("serve", "--stalled-after", "0m");
        } finally {
            System.setErr(err);
        }
        String said = captured.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.USAGE, code, said);
        assertEquals("parley serve: --stalled-after must be minutes or hours, at least 1m (15m, 2h), not '0m'", said.strip());
    }

    private static Date at(String time) {
        return Date.from(Instant.parse("2026-12-08T" + time + ":00Z"));
    }

    private static StepExecution step(String name, Date start, Date end) {
        return new RestExecutions.Step(1, name, end == null ? BatchStatus.STARTED : BatchStatus.COMPLETED, start, end,
                null, new Metric[0]);
    }
}
