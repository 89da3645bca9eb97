package org.parley.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.article.Article;

/** What a briefing draws on: every statement `extract` finds but the writer's own judgements and evidence. */
class BriefingStatementsTest {

    private static final String TEXT = "Talks in Fredville\n\n"
            + "The talks appear to have stalled. The figures show that aid deliveries fell by half. "
            + "Foreign Minister Maria Lopez said Freedonia would return to the table on Monday.\n";

    @Test
    void theWritersJudgementsAndEvidenceAreNoStatements() {
        Article article = new Article("t.txt", "Talks in Fredville", TEXT, 20, null, null, null);
        List<String> all = Passages.extractor().extract(article).stream().map(a -> a.content().of(TEXT)).toList();
        List<String> briefed = Passages.extractor().statements(article).stream().map(a -> a.content().of(TEXT))
                .toList();
        assertEquals(3, all.size(), all::toString);
        assertEquals(List.of("Freedonia would return to the table on Monday"), briefed);
    }

    @Test
    void takingTheOathIsNoSaying() {
        String text = "Inauguration\n\nThe president was sworn in for a new term. He swore the oath of office in Minsk. "
                + "He swore that he would never leave.\n";
        Article article = new Article("t.txt", "Inauguration", text, 14, null, null, null);
        assertEquals(List.of("that he would never leave"),
                Passages.extractor().extract(article).stream().map(a -> a.content().of(text)).toList());
    }
}
