package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartParametersTest {

    @TempDir
    Path folder;

    private Properties original() {
        Properties p = new Properties();
        p.setProperty("articles", folder.resolve("set").toString());
        p.setProperty("formats", "pdf,docx");
        p.setProperty("template", "briefing");
        p.setProperty("partitions", "4");
        p.setProperty("renderPartitions", "8");
        return p;
    }

    @Test
    void theChangesAreLaidOverTheWholeOriginalSet() throws IOException {
        Path parties = Files.writeString(folder.resolve("parties.yaml"), "parties:\n  - name: Karvessia\n");

        Properties merged = RestartParameters.merge(original(), Map.of("formats", " DOCX ", "template", "summary",
                "parties", parties.toString(), "partitions", "", "articles", folder.resolve("set").toString()));

        assertEquals(folder.resolve("set").toString(), merged.getProperty("articles"));
        assertEquals("docx", merged.getProperty("formats"));
        assertEquals("summary", merged.getProperty("template"));
        assertEquals(parties.toAbsolutePath().toString(), merged.getProperty("parties"));
        assertEquals(null, merged.getProperty("partitions"), "an empty value goes back to the default");
        assertEquals("4", original().getProperty("partitions"));
        assertEquals("8", merged.getProperty("renderPartitions"), "what a restart does not name stays");
    }

    @Test
    void theRenderPartitionsChangeOrGoBackToTheDefault() {
        assertEquals("32", RestartParameters.merge(original(), Map.of("renderPartitions", " 032 ")).getProperty("renderPartitions"));
        assertEquals(null, RestartParameters.merge(original(), Map.of("renderPartitions", "")).getProperty("renderPartitions"));
        assertEquals("4", RestartParameters.merge(original(), Map.of("renderPartitions", "")).getProperty("partitions"));
    }

    @Test
    void eachRefusalNamesTheParameter() throws IOException {
        Path broken = Files.writeString(folder.resolve("rounds.yaml"), "rounds:\n  - place: [Geneva\n");
        assertRefused(Map.of("newArticles", "x"), "'newArticles' is not a parameter a restart can change; it can change "
                + "formats, template, rounds, parties, partitions, renderPartitions");
        assertRefused(Map.of("articles", "/elsewhere"), "articles cannot change on a restart");
        assertRefused(Map.of("output", "/elsewhere"), "output cannot change on a restart");
        assertRefused(Map.of("formats", "pdf,html"), "formats: unknown format 'html'; Parley writes pdf, docx");
        assertRefused(Map.of("template", "../etc"), "template: a template is named by");
        assertRefused(Map.of("template", "nope"), "template: ");
        assertRefused(Map.of("partitions", "65"), "partitions must be 1 to 64, not '65'");
        assertRefused(Map.of("partitions", "two"), "partitions must be 1 to 64, not 'two'");
        assertRefused(Map.of("renderPartitions", "0"), "renderPartitions must be 1 to 64, not '0'");
        assertRefused(Map.of("renderPartitions", "65"), "renderPartitions must be 1 to 64, not '65'");
        assertRefused(Map.of("renderPartitions", "many"), "renderPartitions must be 1 to 64, not 'many'");
        assertRefused(Map.of("parties", folder.resolve("none.yaml").toString()), "parties: there is no file ");
        assertRefused(Map.of("rounds", broken.toString()), "rounds " + broken.toAbsolutePath() + " cannot be used: ");
    }

    private void assertRefused(Map<String, String> changes, String start) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RestartParameters.merge(original(), changes));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
