package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.parley.config.ServiceSettings;
import org.parley.launch.SyntheticArticles;
import org.parley.launch.TestHome;
import org.parley.store.ScheduleStore;

import static org.parley.launch.ScheduleDecision.Action.BASELINE;

/**
 * The nightly run with a clock the test moves: nothing before the planned time, a run at it, no
 * run when nothing is new, one catch-up after downtime that missed several runs, and a run that
 * waits for (or skips) another that is going.
 */
class NightlyScheduleIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final Duration LONG = Duration.ofMinutes(4);

    private static Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, ZONE).toInstant();
    }

    @Test
    void runsAtThePlannedTimeCatchesUpOnceAndNeverOverlaps() throws Exception {
        new ScheduleStore(TestHome.get().database()).save("nightly", ScheduleStore.State.EMPTY);
        Path inbox = TestService.tempInbox("nightly");
        Files.copy(TestHome.sampleSet().resolve("2026-03-09-meridianwire-oslo.txt"), inbox.resolve("oslo.txt"));
        Files.copy(TestHome.sampleSet().resolve("2026-03-11-meridianwire-vienna.txt"), inbox.resolve("vienna.txt"));
        ServiceSettings settings = TestService.settings(inbox, 1, new ServiceSettings.Schedule("0 2 * * *",
                "Europe/Brussels", "skip"), null);
        MutableClock clock = new MutableClock(at(1, 12, 0));
        long firstRun;

        try (TestService service = TestService.start(settings, clock)) {
            assertEquals(BASELINE, tick(service));
            clock.set(at(2, 1, 59));
            assertEquals("NOTHING", tick(service).name());
            clock.set(at(2, 2, 0).plusSeconds(20));
            assertEquals("RUN", tick(service).name());
            JsonNode first = lastRun(service);
            assertEquals("scheduled", first.get("request").get("kind").asText());
            assertEquals("scheduler", first.get("request").get("by").asText());
            assertTrue(first.get("request").get("source").asText().startsWith("inbox: 2 new of 2 files"), first.toString());
            assertEquals("COMPLETED", service.awaitEnd(first.get("id").asLong(), LONG).get("status").asText());
            firstRun = first.get("id").asLong();

            clock.set(at(3, 2, 0).plusSeconds(20));
            assertEquals("RUN", tick(service).name());
            assertEquals(first.get("id").asLong(), lastRun(service).get("id").asLong(), "nothing new: no run");
            assertEquals("schedule-nothing-new", audit(service).get(0).get("action").asText());

            busyRunIsSkipped(service, clock);
        }

        Files.copy(TestHome.sampleSet().resolve("2026-03-12-meridianwire-valletta.txt"), inbox.resolve("valletta.txt"));
        clock.set(at(7, 9, 30)); // the service was down on the 5th, 6th and 7th at 02:00
        try (TestService service = TestService.start(settings, clock)) {
            long before = lastRun(service).get("id").asLong();
            assertEquals("CATCH_UP", tick(service).name());
            JsonNode catchUp = lastRun(service);
            assertTrue(catchUp.get("id").asLong() > before);
            assertEquals("catch-up", catchUp.get("request").get("kind").asText());
            assertTrue(catchUp.get("request").get("source").asText().startsWith("inbox: 1 new of 3 files"), catchUp.toString());
            assertEquals("NOTHING", tick(service).name());
            JsonNode done = service.awaitEnd(catchUp.get("id").asLong(), LONG);
            assertEquals("COMPLETED", done.get("status").asText());
            assertEquals(3, done.get("steps").get(0).get("read").asInt(), "the whole inbox is read again: " + done);
            assertEquals(catchUp.get("id").asLong(), lastRun(service).get("id").asLong(), "exactly one catch-up run");
            onlyTheRoundsTheNewFileTouchesAreRendered(service, firstRun, catchUp.get("id").asLong());

            busyRunWaits(service, clock, inbox);
        }
    }

    /**
     * The first run rendered every round of oslo.txt and vienna.txt; the catch-up run renders only
     * the rounds valletta.txt (the new file) is a source of, each with the older files' statements too.
     */
    private static void onlyTheRoundsTheNewFileTouchesAreRendered(TestService service, long first, long catchUp) {
        assertTrue(manifest(service, first).get("message").isNull(), "a first run renders every round");
        JsonNode some = manifest(service, catchUp);
        List<String> rendered = new ArrayList<>();
        some.get("rounds").forEach(r -> rendered.add(r.get("id").asText()));
        List<String> assembled = new ArrayList<>();
        // the rounds briefed; a round no statement is about is listed in the summary, never rendered
        some.get("summary").get("rounds").forEach(r -> {
            if (r.get("statements").asInt() > 0) {
                assembled.add(r.get("id").asText());
            }
        });
        assertTrue(rendered.stream().anyMatch(id -> id.contains("valletta")), rendered.toString());
        assertTrue(rendered.size() < assembled.size(), "rounds of the old files alone are not rendered again: "
                + rendered + " of " + assembled);
        assertTrue(some.get("message").asText().startsWith("Only the " + rendered.size() + " of " + assembled.size()
                + " rounds that the 1 new files touch"), some.toString());
    }

    private static JsonNode manifest(TestService service, long execution) {
        return TestService.json(service.get("/api/briefings/" + execution + "/manifest.json", "viewer"));
    }

    /** Policy skip: a run going at the planned time makes the nightly one skip. */
    private static void busyRunIsSkipped(TestService service, MutableClock clock) throws Exception {
        long busy = startLongRun(service, "skip-busy");
        clock.set(at(4, 2, 0).plusSeconds(20));
        assertEquals("SKIP", tick(service).name());
        assertEquals("schedule-skip", audit(service).get(0).get("action").asText());
        assertEquals("COMPLETED", service.awaitEnd(busy, LONG).get("status").asText());
        assertEquals(busy, lastRun(service).get("id").asLong(), "the skipped run never started");
    }

    /** Policy wait: the nightly run waits for the one going, then starts. */
    private static void busyRunWaits(TestService service, MutableClock clock, Path inbox) throws Exception {
        assertEquals(200, service.send(service.request("/api/schedule", "admin").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"whenBusy\": \"wait\"}")).build()).statusCode());
        Files.copy(TestHome.sampleSet().resolve("2026-03-13-hbc-news-week-analysis.txt"), inbox.resolve("week.txt"));
        long busy = startLongRun(service, "wait-busy");
        clock.set(at(8, 2, 0).plusSeconds(20));
        assertEquals("WAIT", tick(service).name());
        assertEquals("STILL_WAITING", tick(service).name());
        assertTrue(TestService.json(service.get("/api/schedule", "viewer")).hasNonNull("pending"));
        assertEquals("COMPLETED", service.awaitEnd(busy, LONG).get("status").asText());
        assertEquals("START_PENDING", tick(service).name());
        JsonNode waited = lastRun(service);
        assertTrue(waited.get("id").asLong() > busy);
        assertEquals("scheduled", waited.get("request").get("kind").asText());
        assertEquals("COMPLETED", service.awaitEnd(waited.get("id").asLong(), LONG).get("status").asText());
    }

    /**
     * Ticks every five minutes over the two nights of 2026 that the clocks change in Brussels, with
     * a run planned at 02:30 local: the night they go back (02:30 comes twice) it runs once, at the
     * first 02:30; the night they go forward (there is no 02:30) it runs once, when they jump.
     */
    @Test
    void aPlannedLocalTimeRunsOnceOnTheNightsTheClocksChange() throws Exception {
        new ScheduleStore(TestHome.get().database()).save("nightly", ScheduleStore.State.EMPTY);
        ServiceSettings settings = TestService.settings(TestService.tempInbox("nightly-dst"), 1,
                new ServiceSettings.Schedule("30 2 * * *", "Europe/Brussels", "skip"), null);
        MutableClock clock = new MutableClock(Instant.parse("2026-10-24T12:00:00Z"));
        try (TestService service = TestService.start(settings, clock)) {
            assertEquals(BASELINE, tick(service));
            assertEquals(List.of(Instant.parse("2026-10-25T00:30:00Z")),
                    runsWhileTicking(service, clock, Instant.parse("2026-10-25T04:00:00Z")), "the night the clocks go back");
            clock.set(Instant.parse("2027-03-27T12:00:00Z"));
            new ScheduleStore(TestHome.get().database()).save("nightly", ScheduleStore.State.EMPTY);
            assertEquals(BASELINE, tick(service));
            assertEquals(List.of(Instant.parse("2027-03-28T01:00:00Z")),
                    runsWhileTicking(service, clock, Instant.parse("2027-03-28T04:00:00Z")), "the night the clocks go forward");
        }
    }

    /** Ticks every five minutes from 22:00 UTC before {@code until}'s day to it; the instants a tick ran. */
    private static List<Instant> runsWhileTicking(TestService service, MutableClock clock, Instant until) throws Exception {
        List<Instant> runs = new ArrayList<>();
        for (Instant t = until.minus(Duration.ofHours(6)); !t.isAfter(until); t = t.plus(Duration.ofMinutes(5))) {
            clock.set(t);
            if (tick(service) == org.parley.launch.ScheduleDecision.Action.RUN) {
                runs.add(t);
            }
        }
        return runs;
    }

    private static long startLongRun(TestService service, String name) throws Exception {
        Path set = TestService.tempInbox(name);
        SyntheticArticles.write(set, 200, name.hashCode());
        JsonNode ticket = TestService.json(service.postZip("/api/executions", "analyst", ArticleZips.folder(set)));
        return ticket.get("execution").asLong();
    }

    private static org.parley.launch.ScheduleDecision.Action tick(TestService service) throws Exception {
        return service.service().schedule().tick();
    }

    private static JsonNode lastRun(TestService service) {
        return TestService.json(service.get("/api/executions?limit=1", "viewer")).get(0);
    }

    private static List<JsonNode> audit(TestService service) {
        List<JsonNode> out = new ArrayList<>();
        TestService.json(service.get("/api/audit?limit=5", "admin")).forEach(out::add);
        return out;
    }
}
