package org.parley.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentencesTest {

    private static String sentenceOf(String text, String part) {
        int at = text.indexOf(part);
        return Sentences.around(text, at, at + part.length());
    }

    @Test
    void theSentenceAroundAStretchEndsAtItsFullStop() {
        String text = "Title\n\nThe talks ended. Mr. Lopez said the gap was wide. Nothing was agreed.";
        assertEquals("Mr. Lopez said the gap was wide.", sentenceOf(text, "the gap was wide"));
    }

    @Test
    void aHeadlineIsNeverPrefixedWithTheFeedsFrontMatter() {
        String text = "---\ndate: 2026-02-22\nsource: BBC News\n---\nTrump curious why Iran has not capitulated, envoy says"
                + "\n\nThe envoy said talks would go on.";
        assertEquals("Trump curious why Iran has not capitulated, envoy says", sentenceOf(text, "Trump curious"));
        assertEquals("The envoy said talks would go on.", sentenceOf(text, "talks would go on"));
    }

    @Test
    void aWireDatelineIsNoPartOfTheSentence() {
        assertEquals("The alliance said it was willing to talk.",
                sentenceOf("Title\n\nJAKARTA - The alliance said it was willing to talk.", "willing"));
        assertEquals("The alliance said it was willing to talk.",
                sentenceOf("Title\n\nMOSCOW, Jan 12 (Reuters) — The alliance said it was willing to talk.", "willing"));
        assertEquals("The alliance said it was willing to talk.",
                sentenceOf("Title\n\nBrussels (AP) - The alliance said it was willing to talk.", "willing"));
        assertEquals("The alliance said it was willing to talk.",
                sentenceOf("Title\n\nNEW YORK -- The alliance said it was willing to talk.", "willing"));
    }

    @Test
    void aSentenceThatOnlyLooksLikeADatelineIsKept() {
        String text = "Title\n\nRussia - and only Russia - said it was willing to talk.";
        assertEquals("Russia - and only Russia - said it was willing to talk.", sentenceOf(text, "willing"));
        String inside = "Title\n\nThe talks ended.\n\nNATO - the alliance - said it was willing to talk.";
        assertEquals("NATO - the alliance - said it was willing to talk.", sentenceOf(inside, "willing"));
    }
}
