package org.parley.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KindClassifierTest {

    private static Kind kind(String text, String content, String cue) {
        ArticleText a = ArticleText.of(text, Lexicons.bundled());
        int start = text.indexOf(content);
        int at = text.indexOf(cue);
        return KindClassifier.of(a, new Span(start, start + content.length()), new Span(at, at + cue.length()));
    }

    @Test
    void quotedUnquotedAndPartlyQuoted() {
        String text = "\"We will win,\" he said, adding that it was 'a mess' and no more.";
        assertEquals(Kind.DIRECT, kind(text, "\"We will win,\"", "said"));
        assertEquals(Kind.MIXED, kind(text, "that it was 'a mess' and no more", "adding"));
        assertEquals(Kind.INDIRECT, kind(text, "and no more", "adding"));
    }

    @Test
    void theStatementsOwnCueBetweenTwoQuotationsKeepsItDirect() {
        String text = "\"We will win,\" he said, \"and soon.\"";
        assertEquals(Kind.DIRECT, kind(text, text, "said"));
    }
}
