package org.parley.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the page shows of runs, ready to print: times formatted, progress summed up, and which
 * buttons apply. Templates only print; they compute nothing.
 */
public final class PageModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneId.of("UTC"));

    private PageModel() {
    }

    /** One run as a row of the page's table. */
    public record RunRow(long id, String status, String kind, String by, String source, String started, String ended,
                  String progress, int done, int total, boolean running, boolean restartable, String exitStatus) {
    }

    /** One step as a row of a run's page. */
    public record StepRow(String name, String status, long read, long written, long skipped, String total, String started,
                   String ended) {
    }

    /** A queued request as a row. */
    public record QueueRow(long request, int position, String kind, String by, String source, String requested) {
    }

    /** The nightly schedule, ready to print. */
    public record ScheduleRow(String cron, String zone, String whenBusy, boolean enabled, String next, String pending) {
    }

    static ScheduleRow schedule(ScheduleControl.View v) {
        return new ScheduleRow(v.cron(), v.zone(), v.whenBusy(), v.enabled(), time(v.next()),
                v.pending() == null ? "" : time(v.pending()));
    }

    static RunRow row(ExecutionView e) {
        ExecutionView.RequestView r = e.request();
        ExecutionView.StepView current = e.steps().isEmpty() ? null : e.steps().get(e.steps().size() - 1);
        int total = current == null || current.total() <= 0 ? 0 : current.total();
        int done = current == null ? 0 : (int) Math.min(current.read(), Integer.MAX_VALUE);
        return new RunRow(e.id(), e.status(), r == null ? "-" : r.kind(), r == null ? "-" : r.by(),
                r == null ? "-" : r.source(), time(e.start()), time(e.end()), progress(e), done, total, e.running(),
                e.restartable(), e.exitStatus() == null ? "" : e.exitStatus());
    }

    static List<RunRow> rows(List<ExecutionView> executions) {
        return executions.stream().map(PageModel::row).toList();
    }

    static List<StepRow> steps(ExecutionView e) {
        List<StepRow> out = new ArrayList<>();
        for (ExecutionView.StepView s : e.steps()) {
            out.add(new StepRow(s.name(), s.status(), s.read(), s.written(), s.skipped(),
                    s.total() < 0 ? "-" : Integer.toString(s.total()), time(s.start()), time(s.end())));
        }
        return out;
    }

    static List<QueueRow> queue(List<QueuedView> queued) {
        return queued.stream().map(q -> new QueueRow(q.request(), q.position(), q.kind(), q.by(), q.source(),
                time(q.requested()))).toList();
    }

    /** "extractStatements 120/600 read, 2 skipped" for the step going on or last run. */
    static String progress(ExecutionView e) {
        if (e.steps().isEmpty()) {
            return e.running() ? "starting" : "-";
        }
        ExecutionView.StepView s = e.steps().get(e.steps().size() - 1);
        String of = s.total() >= 0 ? "/" + s.total() : "";
        String counts = s.total() < 0 && s.read() == 0 ? "" : " " + s.read() + of + " read, " + s.skipped() + " skipped";
        return s.name() + counts + (e.running() ? "" : " (" + s.status() + ")");
    }

    static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }
}
