package org.parley.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * Takes a source mention apart into role and name: "Russian Deputy Foreign Minister Alexander
 * Grushko" is the role "Russian Deputy Foreign Minister" and the name "Alexander Grushko";
 * "Jens Stoltenberg, NATO's secretary-general" gives the role after the comma, and "NATO's
 * secretary-general, Jens Stoltenberg" the role before it.
 */
final class MentionParser {

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "its", "their", "another",
            "one");
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "with", "for", "from", "by", "after",
            "during", "before", "under", "over", "through", "into", "like", "as");
    /** "UN-backed", "US-led", "Gaza-based": a word made with a party, not a name. */
    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile(
            "-(?:backed|led|based|run|affiliated|owned|born|controlled|brokered|mediated)$");
    private static final Set<String> PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "von", "van", "der", "den",
            "de", "da", "di", "du", "dos", "das", "del", "la", "le", "ben", "abu");
    private static final java.util.Map<String, String> POSSESSIVE_PRONOUNS = java.util.Map.of("his", "he", "her", "she",
            "its", "it", "their", "they");
    /** Nouns for what someone said or wrote: after a possessive pronoun they stand for the speaker. */
    private static final Set<String> UTTERANCES = Set.of("message", "statement", "post", "posts", "letter", "remarks",
            "comments", "words", "tweet", "speech", "address", "response", "reply", "answer", "view", "position");
    private static final Set<String> NAME_PREFIXES = Set.of("al", "el", "ad", "ash", "as", "at", "az", "bin", "ibn",
            "abu", "ben", "bint");
    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "miss", "dr.", "sir", "dame", "messrs.",
            "mr", "mrs", "ms", "dr");

    private final Lexicons lexicons;

    MentionParser(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    Mention parse(ArticleText a, TokenSpan whole) {
        TokenSpan span = withoutPlace(a, withoutWho(a, whole));
        String text = a.span(span).of(a.text());
        if (span.size() == 1 && lexicons.pronouns().contains(a.token(span.first()).lower())) {
            return new Mention(Mention.Kind.PRONOUN, a.token(span.first()).lower(), null, text);
        }
        String pronoun = POSSESSIVE_PRONOUNS.get(a.token(span.first()).lower());
        if (span.size() == 2 && pronoun != null && UTTERANCES.contains(a.token(span.first() + 1).lower())) {
            return new Mention(Mention.Kind.PRONOUN, pronoun, null, text); // "His message", "her statement"
        }
        int comma = span.first();
        while (comma < span.end() && !a.token(comma).is(',')) {
            comma++;
        }
        int nameEnd = withoutParenthesis(a, span.first(), comma);
        int nameStart = nameEnd;
        while (nameStart > span.first() && (isNameWord(a.token(nameStart - 1))
                || nameStart - 1 > span.first() && particleInName(a.tokens(), nameStart - 1))) {
            nameStart--;
        }
        // "a spokeswoman for the Polish Border Guard, Agnieszka Golias": the name after the comma is the person
        Mention roleFirst = nameStart == nameEnd || lexicons.titles().contains(a.token(span.first()).lower())
                || hasTitle(a, span.first(), nameStart) ? nameAfterRole(a, span, comma, text) : null;
        if (roleFirst != null) {
            return roleFirst;
        }
        Mention qualified = nameStart < nameEnd ? nameOfPlace(a, span.first(), nameStart, nameEnd, text) : null;
        if (qualified != null) {
            return qualified;
        }
        String role = withoutHonorific(words(a, span.first(), nameStart));
        if (comma + 1 < span.end() && !PREPOSITIONS.contains(a.token(comma + 1).lower())) {
            String appositive = words(a, comma + 1, span.end()); // not "in a joint operation with ..."
            role = role == null ? appositive : role;
        }
        if (nameStart == nameEnd) {
            String organisation = organisation(a, span.first(), nameEnd);
            return organisation == null ? new Mention(Mention.Kind.ROLE, null, role, text)
                    : new Mention(Mention.Kind.NAME, organisation, null, text);
        }
        return new Mention(Mention.Kind.NAME, words(a, nameStart, nameEnd), role, text);
    }

    /** "Witnesses in Doha": the people, without the place they are in (which does not speak). */
    private static TokenSpan withoutPlace(ArticleText a, TokenSpan span) {
        for (int k = span.first() + 1; k + 1 < span.end(); k++) {
            if (SourceFinder.placedAt(a, k, SourceFinder.PLACED_PEOPLE)) {
                return new TokenSpan(span.first(), k);
            }
        }
        return span;
    }

    /**
     * "The Compact's Secretary-General, Rutger Venholm", "Her spokesman, Luca Brennan", "Valdoria's
     * lead negotiator, Deputy Foreign Minister Katrin Mølvær": a role ending in a title, a comma,
     * maybe more titles, and a name of capitalised words; null for anything else.
     */
    private Mention nameAfterRole(ArticleText a, TokenSpan span, int comma, String text) {
        if (comma <= span.first() || comma + 1 >= span.end()
                || !hasTitle(a, span.first(), comma) && !DETERMINERS.contains(a.token(span.first()).lower())) {
            return null; // "An opposition politician, Pavel Latushko" has no title word but is a role
        }
        int end = comma + 1;
        while (end < span.end() && !a.token(end).is(',')) {
            end++;
        }
        int first = end;
        while (first > comma + 1 && isNameWord(a.token(first - 1))) {
            first--;
        }
        for (int k = comma + 1; k < first; k++) { // "Deputy Foreign Minister Katrin Mølvær": titles before the name
            Token t = a.token(k);
            if (!t.isWord() || !t.isCapitalized() && !lexicons.titles().contains(t.lower())
                    && !HONORIFICS.contains(t.lower())) {
                return null;
            }
        }
        if (first == end || end - first < 2 && !hasTitle(a, span.first(), comma)) {
            return null;
        }
        String role = words(a, span.first(), first);
        String honorific = first > comma + 1 ? a.token(first - 1).lower() : "";
        role = HONORIFICS.contains(honorific) && first - 1 == comma + 1 ? words(a, span.first(), comma) : role;
        return new Mention(Mention.Kind.NAME, words(a, first, end), role, text);
    }

    /** Whether tokens [from, to) hold a title word: "The deputy political director of Iran's state broadcaster". */
    private boolean hasTitle(ArticleText a, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicons.titles().contains(a.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Chancellor Angela Merkel of Germany", "Irena Vukšić of the Amber Sea Institute": a full name,
     * titled or followed by "of the", then the place or body it belongs to, which goes into the
     * role; null for anything else ("the Bank of England", "Communications Workers of America").
     */
    private Mention nameOfPlace(ArticleText a, int first, int placeStart, int placeEnd, String text) {
        boolean the = placeStart - 1 > first && a.token(placeStart - 1).lower().equals("the");
        int of = the ? placeStart - 2 : placeStart - 1;
        if (of - 2 < first || !a.token(of).lower().equals("of")) {
            return null;
        }
        int nameStart = of;
        while (nameStart > first && isNameWord(a.token(nameStart - 1))) {
            nameStart--;
        }
        boolean titled = nameStart > first && lexicons.titles().contains(a.token(nameStart - 1).lower());
        if (of - nameStart < 2 || !titled && !the) { // "Irena Vukšić of the Amber Sea Institute" needs no title
            return null;
        }
        String title = nameStart > first ? words(a, first, nameStart) : null;
        String role = (title == null ? "" : title + " ") + "of " + (the ? "the " : "") + words(a, placeStart, placeEnd);
        return new Mention(Mention.Kind.NAME, words(a, nameStart, of), role, text);
    }

    /** "Don Fowler, who" is Don Fowler. */
    private static TokenSpan withoutWho(ArticleText a, TokenSpan span) {
        int last = span.end() - 1;
        boolean who = span.size() > 2 && a.token(last).lower().equals("who") && a.token(last - 1).is(',');
        return who ? new TokenSpan(span.first(), last - 1) : span;
    }

    /**
     * The name in "the Interfax news agency": capitalised words before a head noun that is not a
     * person's title ("the New Jersey governor" names no organisation), or null.
     */
    private String organisation(ArticleText a, int first, int end) {
        if (end <= first || lexicons.titles().contains(a.token(end - 1).lower())) {
            return null;
        }
        for (int k = first; k < end; k++) {
            int run = k;
            while (run < end && isNameWord(a.token(run))) {
                run++;
            }
            if (run > k) {
                return words(a, k, run);
            }
        }
        return null;
    }

    /** Where a name ends before a parenthesis after it: "Ted Cruz (R-Tex.)". */
    private static int withoutParenthesis(ArticleText a, int first, int end) {
        if (end - 1 > first && a.token(end - 1).is(')')) {
            for (int k = end - 2; k > first; k--) {
                if (a.token(k).is('(')) {
                    return k;
                }
            }
        }
        return end;
    }

    private static String withoutHonorific(String role) {
        return role == null || HONORIFICS.contains(role.toLowerCase(Locale.ROOT)) ? null : role;
    }

    /**
     * A lower-case particle between two words of one name: "Sayyid Badr bin Hamad Al-Busaidi",
     * "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
     */
    boolean particleInName(java.util.List<Token> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size() || !PARTICLES.contains(tokens.get(i).text())) {
            return false;
        }
        int next = i + 1;
        while (next < tokens.size() && PARTICLES.contains(tokens.get(next).text())) {
            next++; // "von der"
        }
        int previous = i - 1;
        while (previous > 0 && PARTICLES.contains(tokens.get(previous).text())) {
            previous--;
        }
        return next < tokens.size() && isNameWord(tokens.get(next)) && isNameWord(tokens.get(previous));
    }

    /** A capitalised word that is not a title ("Minister", "Sen.") or an honorific ("Mr"), or an initial ("O."). */
    boolean isNameWord(Token t) {
        return t.isWord() && (t.isCapitalized() || prefixedName(t.text())) && !lexicons.titles().contains(t.lower())
                && !lexicons.notNames().contains(t.lower())
                && (t.text().indexOf('-') < 0 || !COMPOUND.matcher(t.text()).find())
                && !HONORIFICS.contains(t.lower()) && !lexicons.boundaries().contains(t.lower())
                && !ARTICLES.contains(t.lower());
    }

    /** "al-Nunu", "el-Sisi", "bin-Salman": an Arabic article or particle joined to a capitalised name. */
    static boolean prefixedName(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && NAME_PREFIXES.contains(word.substring(0, hyphen))
                && Character.isUpperCase(word.charAt(hyphen + 1));
    }

    /** The words of tokens [from, to) as written, without a leading article, or null when none. */
    private static String words(ArticleText a, int from, int to) {
        int first = from;
        while (first < to && (ARTICLES.contains(a.token(first).lower()) || !a.token(first).isWord())) {
            first++;
        }
        int last = to;
        while (last > first && !a.token(last - 1).isWord() && !a.token(last - 1).text().startsWith("'")
                && !a.token(last - 1).text().startsWith("’") && !a.token(last - 1).is(')')) {
            last--;
        }
        if (first >= last) {
            return null;
        }
        return a.text().substring(a.token(first).start(), a.token(last - 1).end()).strip();
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
