package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Test;

/** The rows of the analysts' runs list as the page renders them: a stalled run is marked, with what to do. */
class RunsListTest {

    private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");
    private static final UserDirectory.User ANALYST = new UserDirectory.User("ana", Role.ANALYST);
    private static final String ADVICE = "Execution 7 is STARTED but has shown no progress since 2026-12-04T10:05:00Z "
            + "(longer than 15 min): it may be stuck. Stop it, or restart the service, then restart the run (\"Restart\" & co).";

    @Test
    void aStalledRunIsMarkedNextToItsStateWithTheAdviceAsItsTitle() {
        // given: a run that stopped moving, one that still moves, and one that ended
        List<ExecutionView> runs = List.of(execution(7, "STARTED", ADVICE), execution(6, "STARTED", null),
                execution(5, "COMPLETED", null));

        // when
        Document page = Jsoup.parseBodyFragment("<table><tbody>" + new PageRenderer().render("runs.ftlh",
                Map.of("runs", PageModel.rows(runs, ANALYST), "queue", List.of(), "canStart", true, "csrf", "token"))
                + "</tbody></table>");

        // then
        Elements marked = page.select("tr.run span.stalled");
        assertEquals(1, marked.size(), page.body().html());
        Element stalled = marked.first();
        assertEquals("7", stalled.closest("tr").attr("data-execution"));
        assertEquals("stalled", stalled.text());
        assertEquals(ADVICE, stalled.attr("title"), "the advice, escaped into the attribute whole");
        assertTrue(stalled.hasClass("state-failed"), "in the failure colour: " + stalled.className());
        assertEquals("STARTED stalled", page.selectFirst("tr[data-execution=7] td.status").text());
        assertEquals("STARTED", page.selectFirst("tr[data-execution=6] td.status").text());
        assertEquals("COMPLETED", page.selectFirst("tr[data-execution=5] td.status").text());
    }

    private static ExecutionView execution(long id, String status, String stalledAdvice) {
        boolean ended = status.equals("COMPLETED");
        return new ExecutionView(id, id, status, ended ? "COMPLETED" : null, T, ended ? T.plusSeconds(60) : null,
                List.of(new ExecutionView.StepView("extractStatements", status, 120, 118, 0, 600, T, null)),
                new ExecutionView.RequestView(id, "manual", "ana", T, "upload: talks.zip", null), Map.of(), List.of(),
                T.plusSeconds(300), stalledAdvice);
    }
}
