package org.parley.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the page shows of runs, ready to print: times formatted, progress summed up, and which
 * buttons apply. Templates only print; they compute nothing.
 */
public final class PageModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneId.of("UTC"));

    private PageModel() {
    }

    /**
     * One run as a row of the page's table. {@code restartable}: FAILED or STOPPED, and the viewer may
     * restart it here (an admin, or the analyst who started it); {@code stalledAdvice}: what to do
     * about a run that has stopped moving, empty for any other.
     */
    public record RunRow(long id, String status, String kind, String by, String source, String started, String ended,
                  String progress, int done, int total, boolean running, boolean restartable, String exitStatus,
                  String stalledAdvice) {
    }

    /**
     * One step as a row of a run's page: its name in words, its progress ("2 of 3 rounds written"),
     * the counts for a progress bar ({@code max} 0 when there is none) and how long it took or has taken.
     */
    public record StepRow(String name, String label, String status, String progress, long done, long max,
                          boolean running, String started, String ended, String duration) {
    }

    /** The steps of the briefing job in words, and what each counts. */
    private static final Map<String, String[]> STEPS = Map.of(
            "ingestArticles", new String[] {"Reading the articles", "articles read"},
            "extractStatements", new String[] {"Finding the statements", "articles read"},
            "assembleBriefings", new String[] {"Assembling the briefings", "parts done"},
            "renderBriefings", new String[] {"Writing the briefings", "rounds done"},
            "publishBriefings", new String[] {"Publishing the briefings", "parts done"});

    /** A queued request as a row. */
    public record QueueRow(long request, int position, String kind, String by, String source, String requested) {
    }

    /**
     * The nightly schedule, ready to print: {@code words} says when it runs ("every day at 02:30
     * (Europe/Brussels)", or its cron expression when it has no words), {@code upcoming} its next
     * runs as the schedule's own zone shows them.
     */
    public record ScheduleRow(String cron, String zone, String whenBusy, boolean enabled, String next, String pending,
                              String words, boolean inWords, List<String> upcoming) {
    }

    static ScheduleRow schedule(ScheduleControl.View v, List<Instant> upcoming) {
        ZoneId zone = ZoneId.of(v.zone());
        return new ScheduleRow(v.cron(), v.zone(), v.whenBusy(), v.enabled(),
                v.next() == null ? "-" : CronWords.planned(List.of(v.next()), zone).get(0),
                v.pending() == null ? "" : CronWords.planned(List.of(v.pending()), zone).get(0),
                CronWords.withZone(v.cron(), v.zone()), CronWords.of(v.cron()).isPresent(),
                CronWords.planned(upcoming, zone));
    }

    static RunRow row(ExecutionView e, UserDirectory.User viewer) {
        ExecutionView.RequestView r = e.request();
        ExecutionView.StepView current = e.steps().isEmpty() ? null : e.steps().get(e.steps().size() - 1);
        int total = current == null || current.total() <= 0 ? 0 : current.total();
        int done = current == null ? 0 : (int) Math.min(current.read(), Integer.MAX_VALUE);
        return new RunRow(e.id(), e.status(), r == null ? "-" : r.kind(), r == null ? "-" : r.by(),
                r == null ? "-" : r.source(), time(e.start()), time(e.end()), progress(e), done, total, e.running(),
                e.restartable() && RunActions.mayRestart(viewer, e), e.exitStatus() == null ? "" : e.exitStatus(),
                e.stalled() ? e.stalledAdvice() : "");
    }

    static List<RunRow> rows(List<ExecutionView> executions, UserDirectory.User viewer) {
        return executions.stream().map(e -> row(e, viewer)).toList();
    }

    /** A run's steps; {@code now} is when a step still running is timed to. */
    static List<StepRow> steps(ExecutionView e, Instant now) {
        List<StepRow> out = new ArrayList<>();
        for (ExecutionView.StepView s : e.steps()) {
            boolean going = s.end() == null && e.running();
            out.add(new StepRow(s.name(), label(s.name()), s.status(), stepProgress(s), Math.max(0, s.read()),
                    Math.max(0, s.total()), going, time(s.start()), time(s.end()),
                    s.start() == null ? "-" : duration(s.start(), s.end() != null ? s.end() : going ? now : s.start())));
        }
        return out;
    }

    /** A step's name in words ("Writing the briefings"), or its own name for a step the page does not know. */
    static String label(String step) {
        String[] known = STEPS.get(step);
        return known == null ? step : known[0];
    }

    /** "120 of 600 articles read, 2 skipped", "2 of 3 rounds done", or "-" when it counts nothing. */
    static String stepProgress(ExecutionView.StepView s) {
        String[] known = STEPS.get(s.name());
        String unit = known == null ? "read" : known[1];
        if (s.total() < 0 && s.read() == 0) {
            return "-";
        }
        String of = s.total() >= 0 ? s.read() + " of " + s.total() : Long.toString(s.read());
        return of + " " + unit + (s.skipped() > 0 ? ", " + s.skipped() + " skipped" : "");
    }

    /** "0.4 s", "12 s", "2 min 05 s", "1 h 20 min": how long from one instant to another. */
    static String duration(Instant from, Instant to) {
        long millis = Math.max(0, Duration.between(from, to).toMillis());
        if (millis < 9_950) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = (millis + 500) / 1000;
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }

    static List<QueueRow> queue(List<QueuedView> queued) {
        return queued.stream().map(q -> new QueueRow(q.request(), q.position(), q.kind(), q.by(), q.source(),
                time(q.requested()))).toList();
    }

    /**
     * "Finding the statements: 120 of 600 articles read, 2 skipped" for the step going on; for a run
     * that ended, how long it took, or in which step it failed or stopped.
     */
    static String progress(ExecutionView e) {
        if (e.steps().isEmpty()) {
            return e.running() ? "starting" : "-";
        }
        ExecutionView.StepView s = e.steps().get(e.steps().size() - 1);
        if (e.running()) {
            String counts = stepProgress(s);
            return label(s.name()) + (counts.equals("-") ? "" : ": " + counts);
        }
        String took = e.start() != null && e.end() != null ? " in " + duration(e.start(), e.end()) : "";
        return switch (e.status()) {
            case "COMPLETED" -> "Finished" + took;
            case "FAILED", "STOPPED" -> (e.status().equals("FAILED") ? "Failed" : "Stopped") + " while "
                    + lowerFirst(label(s.name())) + took;
            case "ABANDONED" -> "Abandoned: it will not be restarted";
            default -> label(s.name()) + " (" + s.status() + ")";
        };
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }
}
