package org.parley.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the people an article names in full ("Russian Deputy Foreign Minister Alexander
 * Grushko", "Jens Stoltenberg, NATO's secretary-general"), each with the role written before the
 * name or in an appositive after it, so that later surnames and titles can be resolved to them.
 */
final class PeopleFinder {

    private static final int LONGEST_ROLE = 8;
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in", "at", "near", "outside",
            "inside", "across", "around", "towards", "toward");
    private static final int LONGEST_APPOSITIVE = 10;
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");

    private final Lexicons lexicons;
    private final MentionParser names;

    PeopleFinder(Lexicons lexicons, MentionParser names) {
        this.lexicons = lexicons;
        this.names = names;
    }

    /** The people named in full, in order of first mention, each with its first role. */
    List<Person> find(ArticleText a) {
        List<Person> people = new ArrayList<>();
        List<Token> tokens = a.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int end = i;
            while (end < tokens.size() && (names.isNameWord(tokens.get(end))
                    || end > i && names.particleInName(tokens, end)) && !a.inQuote(end)
                    && (end == i || !lineBetween(a, end - 1, end))) {
                end++;
            }
            if (end - i >= 2 && end - i <= 6 && !afterPlacePreposition(a, i)) {
                add(people, a, i, end);
            }
            i = Math.max(end, i + 1);
        }
        return people;
    }

    private void add(List<Person> people, ArticleText a, int first, int end) {
        String name = a.text().substring(a.token(first).start(), a.token(end - 1).end());
        String role = roleBefore(a, first);
        if (role == null) {
            role = roleAfter(a, end); // "Anton Bychkovsky, spokesman for Belarus' Border Guard Committee, confirmed"
        }
        for (int k = 0; k < people.size(); k++) {
            if (people.get(k).name().equals(name)) {
                people.set(k, people.get(k).withRole(role));
                return;
            }
        }
        people.add(new Person(name, role, first));
    }

    /**
     * An appositive role right after a name, between commas: "Name, spokesman for the ministry," or
     * "Name, Iran's deputy foreign minister,", with a title word in it; null for anything else.
     */
    private String roleAfter(ArticleText a, int nameEnd) {
        if (nameEnd + 2 < a.tokens().size() && a.token(nameEnd).lower().equals("and")) {
            int other = nameEnd + 1; // "Anton Rodnenkov and Ivan Kravtsov, members of the Coordination Council"
            while (other < a.tokens().size() && names.isNameWord(a.token(other))) {
                other++;
            }
            return other - nameEnd > 2 ? roleAfter(a, other) : null;
        }
        if (nameEnd + 1 >= a.tokens().size() || !a.token(nameEnd).is(',') || a.inQuote(nameEnd)) {
            return null;
        }
        int k = nameEnd + 1;
        boolean title = false;
        while (k < a.tokens().size() && k - nameEnd <= LONGEST_APPOSITIVE && a.token(k).isWord() || k < a.tokens().size()
                && (a.token(k).text().equals("'s") || a.token(k).text().equals("’s") || a.token(k).text().equals("'"))) {
            title |= lexicons.titles().contains(a.token(k).lower());
            k++;
        }
        boolean closed = k < a.tokens().size() && (a.token(k).is(',') || a.token(k).is('.'));
        if (!title || !closed || k == nameEnd + 1 || lineBetween(a, nameEnd, k)) {
            return null;
        }
        return a.text().substring(a.token(nameEnd + 1).start(), a.token(k - 1).end());
    }

    /** Title words, capitals, "of" and possessives just before a name: "US Deputy Secretary of State". */
    private String roleBefore(ArticleText a, int nameStart) {
        int k = nameStart;
        while (k > 0 && nameStart - k < LONGEST_ROLE && !a.inQuote(k - 1) && isRoleWord(a.token(k - 1))
                && !lineBetween(a, k - 1, k)) {
            k--;
        }
        while (k < nameStart && (ARTICLES.contains(a.token(k).lower())
                || !lexicons.titles().contains(a.token(k).lower()) && !a.token(k).isCapitalized())) {
            k++;
        }
        if (k == nameStart) {
            return null;
        }
        String role = a.text().substring(a.token(k).start(), a.token(nameStart - 1).end());
        return role.equalsIgnoreCase("Mr.") || role.equalsIgnoreCase("Mrs.") || role.equalsIgnoreCase("Ms.")
                ? null : role;
    }

    /** "in Khan Younis", "near Nir Oz": a name right after a preposition of place is a place. */
    private static boolean afterPlacePreposition(ArticleText a, int first) {
        return first > 0 && PLACE_PREPOSITIONS.contains(a.token(first - 1).lower());
    }

    /** Whether a line ends between two tokens: a name or a role never reaches back into the headline. */
    private static boolean lineBetween(ArticleText a, int left, int right) {
        return a.text().lastIndexOf('\n', a.token(right).start()) >= a.token(left).end();
    }

    private boolean isRoleWord(Token t) {
        String w = t.lower();
        boolean title = lexicons.titles().contains(w);
        boolean capital = t.isWord() && t.isCapitalized() && !lexicons.boundaries().contains(w);
        return title || capital || w.equals("of") || w.equals("'s") || w.equals("’s");
    }
}
