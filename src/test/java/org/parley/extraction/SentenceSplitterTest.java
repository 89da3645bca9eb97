package org.parley.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        ArticleText a = ArticleText.of(text, Lexicons.bundled());
        return a.sentences().stream()
                .map(s -> text.substring(a.token(s.first()).start(), a.token(s.end() - 1).end()))
                .toList();
    }

    @Test
    void splitsAtStopsAndParagraphsButNotAfterTitles() {
        assertEquals(List.of("Mr. Lopez arrived.", "Talks began.", "Next"),
                sentences("Mr. Lopez arrived. Talks began.\n\nNext"));
    }

    @Test
    void neverSplitsInsideAQuotation() {
        assertEquals(List.of("\"We came. We saw. We left,\" he said.", "Then silence."),
                sentences("\"We came. We saw. We left,\" he said. Then silence."));
    }

    @Test
    void splitsAfterAClosingMarkThatEndsASentence() {
        assertEquals(List.of("He said: \"Enough.\"", "Talks ended."), sentences("He said: \"Enough.\" Talks ended."));
    }
}
