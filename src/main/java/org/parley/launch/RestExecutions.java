package org.parley.launch;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Liberty's batch REST answers read as the Jakarta Batch API's own types: a job instance, a job
 * execution (with its parameters) and a step execution (with its metrics), so {@link Jobs} and the
 * service above it read a Liberty server's runs as they read jbatch's.
 */
final class RestExecutions {

    /** Liberty writes times as {@code 2026/12/07 23:50:11.123 +0000}. */
    private static final DateTimeFormatter LIBERTY_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS Z", Locale.ROOT);

    private RestExecutions() {
    }

    record Instance(long getInstanceId, String getJobName) implements JobInstance {
    }

    record Execution(long getExecutionId, long instanceId, String getJobName, BatchStatus getBatchStatus,
                     Date getStartTime, Date getEndTime, String getExitStatus, Date getCreateTime,
                     Date getLastUpdatedTime, Properties getJobParameters) implements JobExecution {
    }

    record Step(long getStepExecutionId, String getStepName, BatchStatus getBatchStatus, Date getStartTime,
                Date getEndTime, String getExitStatus, Metric[] getMetrics) implements StepExecution {
        @Override
        public Serializable getPersistentUserData() {
            return null; // the REST API does not carry it
        }
    }

    record Count(MetricType getType, long getValue) implements Metric {
    }

    static Instance instance(JsonNode json) {
        return new Instance(json.path("instanceId").asLong(), json.path("jobName").asText(Jobs.BRIEFING));
    }

    static Execution execution(JsonNode json) {
        Properties parameters = new Properties();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.path("jobParameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            parameters.setProperty(e.getKey(), e.getValue().asText());
        }
        return new Execution(json.path("executionId").asLong(), json.path("instanceId").asLong(json.path("jobInstanceId").asLong()),
                json.path("jobName").asText(Jobs.BRIEFING), status(json), time(json, "startTime"), time(json, "endTime"),
                text(json, "exitStatus"), time(json, "createTime"), time(json, "lastUpdatedTime"), parameters);
    }

    static Step step(JsonNode json) {
        List<Metric> metrics = new ArrayList<>();
        JsonNode given = json.path("metrics");
        for (Metric.MetricType type : Metric.MetricType.values()) {
            JsonNode value = metric(given, type);
            if (value != null) {
                metrics.add(new Count(type, value.asLong()));
            }
        }
        return new Step(json.path("stepExecutionId").asLong(), json.path("stepName").asText(), status(json),
                time(json, "startTime"), time(json, "endTime"), text(json, "exitStatus"), metrics.toArray(Metric[]::new));
    }

    /** A metric by its type, written as {@code READ_COUNT}, {@code readCount} or {@code read_count}. */
    private static JsonNode metric(JsonNode metrics, Metric.MetricType type) {
        String wanted = type.name().replace("_", "").toLowerCase(Locale.ROOT);
        for (Iterator<Map.Entry<String, JsonNode>> it = metrics.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().replace("_", "").toLowerCase(Locale.ROOT).equals(wanted)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static BatchStatus status(JsonNode json) {
        String s = json.path("batchStatus").asText("");
        try {
            return BatchStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            return BatchStatus.STARTING; // not begun yet (Liberty's JMS queue has it)
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode v = json.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A time as Liberty writes it (or as ISO 8601); null when absent or empty. */
    static Date time(JsonNode json, String field) {
        String s = text(json, field);
        if (s == null || s.isBlank()) {
            return null;
        }
        for (DateTimeFormatter f : List.of(LIBERTY_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME)) {
            try {
                return Date.from(OffsetDateTime.parse(s.strip(), f).toInstant());
            } catch (DateTimeParseException e) {
                // the other form
            }
        }
        throw new IllegalArgumentException("the Liberty server wrote the time " + field + " as '" + s
                + "', which is neither yyyy/MM/dd HH:mm:ss.SSS Z nor ISO 8601");
    }
}
