package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** What a run's page says in words: durations, a step's progress, why a run failed, its parameters as given. */
class RunPageWordsTest {

    private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void durationsReadAsAPersonWouldSayThem() {
        assertEquals("0.4 s", PageModel.duration(T, T.plusMillis(420)));
        assertEquals("12 s", PageModel.duration(T, T.plusSeconds(12)));
        assertEquals("2 min 05 s", PageModel.duration(T, T.plusSeconds(125)));
        assertEquals("1 h 20 min", PageModel.duration(T, T.plusSeconds(4800)));
    }

    @Test
    void aStepsProgressCountsWhatItWorksOn() {
        assertEquals("120 of 600 articles read, 2 skipped", PageModel.stepProgress(
                new ExecutionView.StepView("extractStatements", "STARTED", 120, 118, 2, 600, T, null)));
        assertEquals("2 of 3 rounds done", PageModel.stepProgress(
                new ExecutionView.StepView("renderBriefings", "STARTED", 2, 0, 0, 3, T, null)));
        assertEquals("-", PageModel.stepProgress(
                new ExecutionView.StepView("renderBriefings", "COMPLETED", 0, 0, 0, -1, T, T)),
                "a run from before batchlets counted their rounds");
    }

    @Test
    void aFailureIsSaidInPlainWordsAndKeepsItsTechnicalMessage() {
        String freemarker = "renderBriefings failed: The following has evaluated to null or missing: ==> x [in template "
                + "\"mine.ftlh\" at line 1, column 15]";
        FailureText.Failure template = FailureText.of(freemarker, "mine");
        assertEquals("The briefing template \u201cmine\u201d has a mistake, so no briefing could be written. Ask an admin "
                + "to correct it, or run the set again with another template.", template.plain());
        assertEquals(freemarker, template.detail());
        assertEquals("The server's disk is full, so Parley could not go on. Once an admin has freed space there, the run "
                + "can be restarted from where it stopped.", FailureText.of("extractStatements failed: the disk holding "
                + "/srv/parley is full (180 KB free)", null).plain());
        assertEquals("Something went wrong while finding the statements, and no briefing was published. The detail below "
                + "tells an admin what failed; once it is put right, the run can be restarted.",
                FailureText.of("extractStatements failed: NullPointerException", null).plain());
    }

    @Test
    void parametersAreShownAsGivenWithoutTheServersFolders() {
        Map<String, String> given = new TreeMap<>(Map.of("articles", "/srv/parley/state/uploads/upload-1-abc",
                "output", "/srv/parley/briefings", "formats", "pdf", "template", "summary",
                "parties", "/srv/parley/state/uploads/upload-1-abc/parties.yaml", "rounds", "/etc/parley/rounds.yaml"));
        ExecutionView.RequestView request = new ExecutionView.RequestView(1, "manual", "ana", T, "upload: talks.zip", null);
        assertEquals(List.of(new RunParameters.Parameter("Article set", "talks.zip (uploaded)"),
                new RunParameters.Parameter("Formats", "PDF"),
                new RunParameters.Parameter("Template", "summary (one page)"),
                new RunParameters.Parameter("Rounds file", "rounds.yaml"),
                new RunParameters.Parameter("Parties file", "the set's own parties.yaml")),
                RunParameters.of(given, request));
    }
}
