package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class RestExecutionsTest {

    private static JsonNode json(String text) throws Exception {
        return LibertyClient.JSON.readTree(text);
    }

    @Test
    void anExecutionAsLibertyWritesItIsReadWithItsTimesStatusAndParameters() throws Exception {
        RestExecutions.Execution e = RestExecutions.execution(json("""
                {"jobName":"briefing","executionId":12,"instanceId":7,"batchStatus":"STARTED","exitStatus":null,
                 "createTime":"2026/12/07 23:50:11.123 +0000","startTime":"2026/12/08 00:50:12.000 +0100",
                 "endTime":"","lastUpdatedTime":"2026-12-07T23:50:13Z",
                 "jobParameters":{"articles":"/srv/sets/a","formats":"pdf"}}"""));
        assertEquals(12, e.getExecutionId());
        assertEquals(7, e.instanceId());
        assertEquals(BatchStatus.STARTED, e.getBatchStatus());
        assertEquals(Instant.parse("2026-12-07T23:50:11.123Z"), e.getCreateTime().toInstant());
        assertEquals(Instant.parse("2026-12-07T23:50:12Z"), e.getStartTime().toInstant());
        assertNull(e.getEndTime());
        assertNull(e.getExitStatus());
        assertEquals(Instant.parse("2026-12-07T23:50:13Z"), e.getLastUpdatedTime().toInstant());
        assertEquals("/srv/sets/a", e.getJobParameters().getProperty("articles"));
        assertEquals(2, e.getJobParameters().size());
    }

    @Test
    void aStepsMetricsAreReadWhicheverWayTheirNamesAreWritten() throws Exception {
        RestExecutions.Step s = RestExecutions.step(json("""
                {"stepExecutionId":3,"stepName":"extractStatements","batchStatus":"COMPLETED","exitStatus":"COMPLETED",
                 "startTime":"2026/12/07 23:50:11.123 +0000","endTime":"2026/12/07 23:51:11.123 +0000",
                 "metrics":{"READ_COUNT":"40","writeCount":38,"process_skip_count":"2"}}"""));
        Map<Metric.MetricType, Long> metrics = Arrays.stream(s.getMetrics())
                .collect(Collectors.toMap(Metric::getType, Metric::getValue));
        assertEquals(Map.of(Metric.MetricType.READ_COUNT, 40L, Metric.MetricType.WRITE_COUNT, 38L,
                Metric.MetricType.PROCESS_SKIP_COUNT, 2L), metrics);
        assertEquals("extractStatements", s.getStepName());
        assertEquals(60_000, s.getEndTime().getTime() - s.getStartTime().getTime());
    }

    @Test
    void aJobNotYetDispatchedIsStartingAndATimeInAnotherFormIsRefusedNamingIt() throws Exception {
        assertEquals(BatchStatus.STARTING, RestExecutions.execution(json("{\"executionId\":1,\"batchStatus\":\"QUEUED\"}"))
                .getBatchStatus());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RestExecutions.execution(json("{\"executionId\":1,\"createTime\":\"yesterday\"}")));
        assertTrue(e.getMessage().contains("createTime") && e.getMessage().contains("'yesterday'"), e.getMessage());
    }
}
