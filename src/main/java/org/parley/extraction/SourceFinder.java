package org.parley.extraction;

/**
 * Finds the source mention a cue belongs to: the noun phrase before it ("NATO Secretary-General
 * Jens Stoltenberg said"), with an appositive ("Brian Fallon, a spokesman, said"), or after it
 * when inverted ("said Mr. Grushko") or led by a preposition ("according to Interfax").
 */
final class SourceFinder {

    private static final int LONGEST = 12;
    private static final int LONGEST_APPOSITIVE = 25;
    /** Verbs that make a noun the saying: "made the claim", "issued a statement", "put out a warning". */
    private static final java.util.Set<String> LIGHT_VERBS = java.util.Set.of("made", "makes", "make", "issued", "issues",
            "released", "releases", "gave", "gives", "delivered", "published", "posted", "lodged", "voiced", "expressed",
            "sent", "offered", "out");
    private static final java.util.Set<String> DETERMINER_AFTER = java.util.Set.of("a", "an", "the", "his", "her", "its",
            "their", "this", "that", "no", "another", "similar", "fresh", "new");
    private static final java.util.Set<String> SEATED = java.util.Set.of("embassy", "consulate", "mission",
            "ambassador", "envoy", "delegation", "office", "government", "representative", "correspondent");
    /** People named by where they are: "Witnesses in Doha said" is said by the witnesses, not by Doha. */
    static final java.util.Set<String> PLACED_PEOPLE = java.util.Set.of("witnesses", "residents", "officials",
            "diplomats", "sources", "analysts", "journalists", "people", "protesters", "correspondents", "observers",
            "eyewitnesses", "doctors", "officers", "reporters");
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "whose", "whom", "which", "that");
    private static final java.util.Set<String> OBJECT_STARTS = java.util.Set.of("a", "an", "the", "his", "her", "its",
            "their", "our", "this", "that", "these", "those", "to", "on", "in", "at", "with", "for", "by", "up", "out",
            "back", "down", "off", "over", "him", "them", "it");
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("had", "has", "have", "is", "was",
            "were", "are", "will", "would", "did", "does", "do", "can", "could", "should", "must", "may", "might");

    private final Lexicons lexicons;

    SourceFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The source before the cue, skipping auxiliaries and adverbs, or null. */
    TokenSpan left(ArticleText a, Sentence s, int cueFirst) {
        int i = skipBetween(a, s, cueFirst - 1);
        if (i < s.first() || a.inQuote(i)) {
            return null;
        }
        Token t = a.token(i);
        if (t.lower().equals("who") && i - 2 >= s.first() && a.token(i - 1).is(',')) {
            TokenSpan antecedent = nounPhraseLeft(a, s, i - 2); // "Fowler, who": both, as annotators take either
            return antecedent == null ? null : new TokenSpan(antecedent.first(), i + 1);
        }
        if (lexicons.pronouns().contains(t.lower())) {
            return new TokenSpan(i, i + 1);
        }
        if (t.is(',')) {
            return appositive(a, s, i);
        }
        return nounPhraseLeft(a, s, i);
    }

    /** The first token before {@code from} (going left) that is not an auxiliary, adverb or time word. */
    int skipBetween(ArticleText a, Sentence s, int from) {
        int i = from;
        while (i >= s.first() && lexicons.between().contains(a.token(i).lower()) && !a.inQuote(i)) {
            i--;
        }
        return i;
    }

    /** "NAME, APPOSITIVE," ending at the comma at {@code comma}. */
    private TokenSpan appositive(ArticleText a, Sentence s, int comma) {
        int j = comma - 1;
        while (j >= s.first() && comma - j <= LONGEST_APPOSITIVE && !a.token(j).is(',') && !a.inQuote(j)
                && !(a.token(j).isQuoteMark() && !apostrophe(a, j))) {
            j--;
        }
        if (j <= s.first() || !a.token(j).is(',') || comma - j < 2 || !isAppositive(a, j + 1, comma)) {
            return null;
        }
        TokenSpan head = nounPhraseLeft(a, s, j - 1);
        if (head == null || head.size() == 1 && lexicons.between().contains(a.token(head.first()).lower())) {
            return null; // "On Thursday, Netanyahu had ...": a time is no one
        }
        return new TokenSpan(head.first(), comma);
    }

    /**
     * Whether tokens [from, to) between two commas read as an appositive ("a spokesman", "who has
     * led the talks", "Iran's deputy foreign minister") rather than a clause ("Netanyahu had kept a
     * positive tone"): a clause has an auxiliary or a verb of its own outside a relative clause.
     */
    private boolean isAppositive(ArticleText a, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = a.token(k).lower();
            if (RELATIVES.contains(w)) {
                return true; // "a former minister who is a critic"
            }
            if (AUXILIARIES.contains(w) || k > from && pastTense(a.token(k)) && isName(a.token(k - 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A verb in the past right after a name and before its object ("Trump unleashed a series"), not
     * an adjective before a noun ("the Palestinian armed group").
     */
    private boolean verbAfterName(ArticleText a, Sentence s, int j) {
        return j - 1 >= s.first() && j + 1 < s.end() && pastTense(a.token(j)) && isName(a.token(j - 1))
                && OBJECT_STARTS.contains(a.token(j + 1).lower());
    }

    private static boolean isName(Token t) {
        return t.isWord() && t.isCapitalized() && !t.text().equals("I");
    }

    /** A word in lower case ending in "ed" ("maintained", "reiterated"), read as a verb after a name. */
    private static boolean pastTense(Token t) {
        String w = t.text();
        return w.length() > 3 && w.endsWith("ed") && Character.isLowerCase(w.charAt(0));
    }

    /**
     * "in" or "at" between an organ or people and a capitalised place: "Kiev's embassy in Minsk", "the
     * mission at Geneva", "Witnesses in Doha".
     */
    private boolean seatOfAnOrgan(ArticleText a, Sentence s, int j) {
        return j - 1 >= s.first() && j + 1 < s.end() && (placedAt(a, j, SEATED) || placedAt(a, j, PLACED_PEOPLE));
    }

    /** True when token {@code j} is "in" or "at" between one of {@code heads} and a capitalised word. */
    static boolean placedAt(ArticleText a, int j, java.util.Set<String> heads) {
        String w = a.token(j).lower();
        return (w.equals("in") || w.equals("at")) && a.token(j + 1).isCapitalized() && heads.contains(a.token(j - 1).lower());
    }

    /** A mark after an s that is no quotation's: "Belarus' Border Guard Committee". */
    private static boolean apostrophe(ArticleText a, int j) {
        String t = a.token(j).text();
        return j > 0 && (t.equals("'") || t.equals("’")) && !a.inQuote(j) && a.token(j).start() == a.token(j - 1).end()
                && a.token(j - 1).text().endsWith("s");
    }

    /** The noun phrase ending at token {@code last}. */
    TokenSpan nounPhraseLeft(ArticleText a, Sentence s, int last) {
        int j = last;
        while (j >= s.first() && last - j < LONGEST) {
            if (a.token(j).is(')')) {
                j = openingParenthesis(a, s, j); // "Rep. Elijah E. Cummings (D-Md.)"
            } else if (j < last && verbAfterName(a, s, j)) {
                return nounPhraseLeft(a, s, j - 1); // "Trump unleashed a series of tweets, saying": Trump
            } else if (j < last && j > s.first() && LIGHT_VERBS.contains(a.token(j).lower())
                    && DETERMINER_AFTER.contains(a.token(j + 1).lower())) {
                return nounPhraseLeft(a, s, j - 1); // "Border police made the extraordinary claim": Border police
            } else if (inPhrase(a, j) || seatOfAnOrgan(a, s, j)) {
                j--;
            } else {
                break;
            }
        }
        if (j == last) {
            return null;
        }
        int first = j + 1;
        while (first <= last && (!a.token(first).isWord() || lexicons.boundaries().contains(a.token(first).lower()))) {
            first++;
        }
        return first > last ? null : new TokenSpan(first, last + 1);
    }

    /** The noun phrase starting at token {@code first}, with an appositive after a comma. */
    TokenSpan nounPhraseRight(ArticleText a, Sentence s, int first) {
        int j = first;
        while (j < s.end() && j - first < LONGEST && inPhrase(a, j)) {
            j++;
        }
        if (j == first) {
            return null;
        }
        if (j + 1 < s.end() && a.token(j).is(',') && startsAppositive(a.token(j + 1))) {
            int k = j + 1;
            while (k < s.end() && k - j < LONGEST_APPOSITIVE && !a.token(k).is(',') && !isStop(a.token(k))) {
                k++;
            }
            return new TokenSpan(first, k);
        }
        return new TokenSpan(first, j);
    }

    /**
     * The source after "according to": everything up to the next comma or the sentence end ("early
     * results of the exit poll conducted by Edison Research"), or the noun phrase when that is far.
     */
    TokenSpan upToComma(ArticleText a, Sentence s, int first) {
        int k = first;
        while (k < s.end() && k - first <= LONGEST_APPOSITIVE && !a.token(k).is(',') && !isStop(a.token(k))
                && !a.inQuote(k)) {
            k++;
        }
        boolean ends = k == s.end() || a.token(k).is(',') || isStop(a.token(k));
        return ends && k > first ? new TokenSpan(first, k) : nounPhraseRight(a, s, first);
    }

    /** Just before the "(" that the ")" at {@code close} closes, or {@code close} itself when there is none near. */
    private static int openingParenthesis(ArticleText a, Sentence s, int close) {
        for (int k = close - 1; k >= s.first() && close - k <= 8; k--) {
            if (a.token(k).is('(')) {
                return k - 1;
            }
        }
        return close - 1;
    }

    private boolean inPhrase(ArticleText a, int i) {
        Token t = a.token(i);
        if (a.inQuote(i)) {
            return false;
        }
        if (t.isWord()) {
            return !lexicons.boundaries().contains(t.lower()) || t.isCapitalized() && !t.lower().equals("i");
        }
        String x = t.text();
        return x.equals("'s") || x.equals("’s") || x.equals("&") || x.equals("(") || x.equals(")") || apostrophe(a, i);
    }

    private static boolean startsAppositive(Token t) {
        String w = t.lower();
        return w.equals("a") || w.equals("an") || w.equals("the") || w.equals("who") || t.isCapitalized();
    }

    private static boolean isStop(Token t) {
        return t.is('.') || t.is(';') || t.is('!') || t.is('?') || t.is(':');
    }
}
