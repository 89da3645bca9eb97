package org.parley.extraction;

import java.util.Set;

/**
 * Attributions marked by punctuation instead of a word: a speaker's name and a colon
 * ("Pat Caddell: ...", "GRUSHKO: ..."), or a quotation signed with a dash ("“...” ― Jane Doe").
 */
final class PunctuationCues {

    private static final CueEntry COLON = new CueEntry(":", Set.of(CueFlag.FIXED));
    private static final CueEntry DASH = new CueEntry("—", Set.of(CueFlag.FIXED));
    private static final CueEntry TRAILING = new CueEntry("", Set.of(CueFlag.FIXED, CueFlag.POST));
    private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");
    private static final int LONGEST_NAME = 5;
    private static final int LONGEST_LEAD = 14;
    private static final int MIN_WORDS = 3;

    private final SourceFinder sources;
    private final Set<String> titles;
    private final Set<String> notSpeakers;

    PunctuationCues(Lexicons lexicons, SourceFinder sources) {
        this.sources = sources;
        this.titles = lexicons.titles();
        this.notSpeakers = lexicons.notSpeakers();
    }

    /** "NAME: what was said", with the name opening the sentence or following a comma. */
    Found colon(ArticleText a, Sentence s) {
        for (int i = s.first() + 1; i < s.end() - 2 && i <= s.first() + LONGEST_LEAD; i++) {
            if (a.token(i).is(':') && !a.inQuote(i)) {
                int start = i - 1;
                while (start > s.first() && !a.token(start - 1).is(',') && i - start < LONGEST_NAME) {
                    start--;
                }
                TokenSpan name = new TokenSpan(start, i);
                if (start > s.first() && !a.token(start - 1).is(',') || !isName(a, name)) {
                    return null;
                }
                TokenSpan content = ContentFinder.trimEnd(a, new TokenSpan(i + 1, s.end()));
                return saysSomething(a, content) ? new Found(new Cue(i, i + 1, COLON), name, content, false) : null;
            }
        }
        return null;
    }

    /**
     * "“What was said,” the article read.": a quotation, then a short subject and one verb that
     * end the sentence, where the verb is not in the lexicon; the shape alone marks it as said.
     */
    Found trailingVerb(ArticleText a, Sentence s) {
        Quote q = a.quoteOpenedBy(s.first());
        if (q == null || !q.closed()) {
            return null;
        }
        int i = s.first();
        while (i < s.end() && a.token(i).end() <= q.end()) {
            i++;
        }
        int verb = s.end() - 1;
        while (verb > i && !a.token(verb).isWord()) {
            verb--;
        }
        String w = a.token(verb).lower();
        boolean finite = w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss");
        if (verb - i < 1 || verb - i > LONGEST_NAME || !finite || a.token(verb).isCapitalized()) {
            return null;
        }
        TokenSpan subject = sources.nounPhraseLeft(a, s, verb - 1);
        if (subject == null || subject.first() != i) {
            return null;
        }
        return new Found(new Cue(verb, verb + 1, TRAILING), subject, new TokenSpan(s.first(), i), false);
    }

    /** "“What was said.” ― NAME": a quotation, a dash and a name that end the sentence. */
    Found dash(ArticleText a, Sentence s) {
        Quote q = a.quoteOpenedBy(s.first());
        if (q == null) {
            return null;
        }
        int i = s.first();
        while (i < s.end() && a.token(i).end() <= q.end()) {
            i++;
        }
        if (i + 1 >= s.end() || !DASHES.contains(a.token(i).text())) {
            return null;
        }
        TokenSpan name = sources.nounPhraseRight(a, s, i + 1);
        if (name == null || !a.token(name.first()).isCapitalized()) {
            return null;
        }
        return new Found(new Cue(i, i + 1, DASH), name, new TokenSpan(s.first(), i), false);
    }

    /**
     * Words that can be a statement: a quotation, or three words or more with one in lower case;
     * not a tally ("Clinton: 547."), a handle ("Twitter: @Milbank") or a list of names.
     */
    private static boolean saysSomething(ArticleText a, TokenSpan content) {
        if (content.isEmpty()) {
            return false;
        }
        if (a.quoteOpenedBy(content.first()) != null) {
            return true;
        }
        int words = 0;
        boolean lower = false;
        for (int k = content.first(); k < content.end(); k++) {
            Token t = a.token(k);
            if (t.isWord()) {
                words++;
                lower |= Character.isLowerCase(t.text().charAt(0));
            }
        }
        return words >= MIN_WORDS && lower;
    }

    private boolean isName(ArticleText a, TokenSpan span) {
        boolean capital = false;
        for (int k = span.first(); k < span.end(); k++) {
            Token t = a.token(k);
            if (t.isCapitalized() && !notSpeakers.contains(t.lower())) {
                capital = true;
            } else if (!titles.contains(t.lower()) && !t.lower().equals("'s") && !t.lower().equals("’s")) {
                return false;
            }
        }
        return capital;
    }
}
