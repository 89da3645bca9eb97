package org.parley.config;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record: an ISO-8601 time with its offset, the level, the logger, the execution the
 * thread works for (when it does), the message, then any stack trace:
 * {@code 2026-12-04T20:28:25.123+01:00 INFO org.parley.job.RunStepListener [execution 7]: ...}.
 */
final class LogFormat extends Formatter {

    /** ISO 8601 with milliseconds always shown and the offset (Z for UTC). */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private final ZoneId zone;

    LogFormat(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String format(LogRecord r) {
        StringBuilder line = new StringBuilder(160);
        line.append(TIME.format(
                OffsetDateTime.ofInstant(r.getInstant(), zone)));
        line.append(' ').append(r.getLevel().getName()).append(' ').append(r.getLoggerName());
        Long execution = ExecutionLogs.current();
        if (execution != null) {
            line.append(" [execution ").append(execution).append(']');
        }
        line.append(": ").append(formatMessage(r)).append(System.lineSeparator());
        if (r.getThrown() != null) {
            StringWriter trace = new StringWriter();
            r.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }
}
