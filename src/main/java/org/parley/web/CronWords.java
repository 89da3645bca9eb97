package org.parley.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A Unix cron expression (minute hour day-of-month month day-of-week) in plain words, for the
 * usual nightly schedules: "every day at 02:30", "weekdays at 06:00", "every Monday and Thursday at
 * 02:30", "on the 1st of every month at 03:00". Anything else is left to its expression, which says
 * it more exactly than words would; and planned runs as the schedule's own zone's clocks show them.
 */
final class CronWords {

    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final List<String> DAY_NAMES = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    private static final DateTimeFormatter PLANNED = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm zzz", Locale.UK);

    private CronWords() {
    }

    /** The expression in words, or empty when it is not one of the usual shapes. */
    static Optional<String> of(String cron) {
        String[] f = cron == null ? new String[0] : cron.strip().split("\\s+");
        if (f.length != 5 || !f[3].equals("*")) {
            return Optional.empty();
        }
        Optional<String> times = times(f[0], f[1]);
        if (times.isEmpty()) {
            return Optional.empty();
        }
        if (f[2].equals("*")) {
            return days(f[4]).map(days -> days + " at " + times.get());
        }
        if (f[4].equals("*") && f[2].matches("[1-9]|[12]\\d|3[01]")) {
            return Optional.of("on the " + ordinal(Integer.parseInt(f[2])) + " of every month at " + times.get());
        }
        return Optional.empty();
    }

    /** "every day at 02:30 (Europe/Brussels)", or the expression itself when it has no words here. */
    static String withZone(String cron, String zone) {
        return of(cron).orElse("cron " + cron) + " (" + zone + ")";
    }

    /** Planned runs as the zone's clocks show them: "Sunday 29 March 2026, 03:00 CEST". */
    static List<String> planned(List<Instant> runs, ZoneId zone) {
        return runs.stream().map(at -> PLANNED.format(at.atZone(zone))).toList();
    }

    /** "02:30", or "02:30 and 14:30": one minute, at one or a few listed hours. */
    private static Optional<String> times(String minute, String hours) {
        if (!minute.matches("[0-5]?\\d") || !hours.matches("(1?\\d|2[0-3])(,(1?\\d|2[0-3])){0,3}")) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (int h : List.of(hours.split(",")).stream().map(Integer::parseInt).distinct().sorted().toList()) {
            out.add(String.format(Locale.ROOT, "%02d:%02d", h, Integer.parseInt(minute)));
        }
        return Optional.of(and(out));
    }

    /** "every day", "weekdays", "weekends", "every Monday and Thursday"; empty for ranges it does not know. */
    private static Optional<String> days(String field) {
        if (field.equals("*")) {
            return Optional.of("every day");
        }
        String f = field.toUpperCase(Locale.ROOT);
        if (f.equals("1-5") || f.equals("MON-FRI")) {
            return Optional.of("weekdays");
        }
        TreeSet<Integer> days = new TreeSet<>();
        for (String d : f.split(",")) {
            int day = DAY_NAMES.indexOf(d);
            if (day < 0 && d.matches("[0-7]")) {
                day = Integer.parseInt(d) % 7;
            }
            if (day < 0) {
                return Optional.empty();
            }
            days.add(day);
        }
        if (days.equals(new TreeSet<>(List.of(0, 6)))) {
            return Optional.of("weekends");
        }
        List<String> names = new ArrayList<>();
        // Monday first, as a week is read
        days.stream().sorted((a, b) -> (a + 6) % 7 - (b + 6) % 7).forEach(d -> names.add(DAYS[d]));
        return Optional.of("every " + and(names));
    }

    private static String and(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String ordinal(int n) {
        String suffix = n % 10 == 1 && n != 11 ? "st" : n % 10 == 2 && n != 12 ? "nd" : n % 10 == 3 && n != 13 ? "rd" : "th";
        return n + suffix;
    }
}
