package org.parley.article;

import java.util.Set;

/**
 * Bylines and reporting credits: "By JANE SMITH FOR MAILONLINE", "By Jane Smith, Diplomatic
 * Correspondent", "Jane Smith, Chief international correspondent", "Reporting by ...; Editing by
 * ...". After "By" come names (capitalised words and the small words between them), perhaps a
 * short role and a time stamp, and no final stop: "By Tuesday, the talks had ended." stays.
 */
final class BylineLines {

    private static final Set<String> CONNECTORS = Set.of("and", "for", "in", "of", "on", "the", "at", "de", "del",
            "van", "von", "der", "den", "al", "el", "bin", "la", "le", "da", "du", "y", "with", "&");
    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "the", "this", "that", "then", "now", "christmas", "easter",
            "midnight", "noon", "contrast", "comparison", "far", "law", "mid", "late", "early", "last", "next");
    private static final Set<String> ROLES = Set.of("correspondent", "editor", "reporter", "writer", "contributor",
            "columnist", "presenter", "producer");
    private static final String[] TEAM = {"reporting by", "additional reporting by", "with reporting by",
        "writing by", "editing by", "edited by", "compiled by", "reported by", "produced by", "commentary by"};

    private BylineLines() {
    }

    static boolean isConnector(String word) {
        return CONNECTORS.contains(word);
    }

    /** "By Jane Smith, Diplomatic Correspondent", "Reporting by ...; Editing by ...", "Jane Smith, BBC editor". */
    static boolean is(Paragraph p) {
        return shaped(p) && !p.reportsSpeech();
    }

    private static boolean shaped(Paragraph p) {
        for (String team : TEAM) {
            if (p.startsWith(team)) {
                return names(p, team.split(" ").length, p.size(), true);
            }
        }
        if (p.startsWith("by") && p.size() >= 2 && p.size() <= 16 && !NOT_NAMES.contains(p.word(1))
                && p.capitalized(1) && !p.endsWithStop()) {
            int end = timestampAt(p);
            int comma = commaAfter(p, 1, end);
            return names(p, 1, comma, false) && (comma == end || end - comma <= 6 || names(p, comma, end, false));
        }
        if (p.size() > 10 || p.endsWithStop()) {
            return false;
        }
        int comma = commaAfter(p, 0, p.size());
        return comma >= 2 && comma <= 4 && comma < p.size() && !p.endsWithStop()
                && names(p, 0, comma, false) && roleAfter(p, comma);
    }

    private static boolean roleAfter(Paragraph p, int from) {
        for (int i = from; i < p.size(); i++) {
            if (ROLES.contains(p.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** Where a trailing "Updated: ..." or "Published: ..." starts, else the paragraph's size. */
    private static int timestampAt(Paragraph p) {
        for (int i = 2; i < p.size(); i++) {
            String w = p.word(i);
            if ((w.equals("updated") || w.equals("published")) && TimeStamps.from(p, i)) {
                return i;
            }
        }
        return p.size();
    }

    /** The index of the first word after {@code from} that ends with a comma, plus one; else {@code end}. */
    private static int commaAfter(Paragraph p, int from, int end) {
        for (int i = from; i < end; i++) {
            if (p.endsClause(i)) {
                return i + 1;
            }
        }
        return end;
    }

    /** Whether words {@code [from, to)} are names: capitalised words and the small words between them. */
    static boolean names(Paragraph p, int from, int to, boolean team) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String w = p.word(i);
            boolean small = CONNECTORS.contains(w) || team && (w.equals("by") || w.equals("editing")
                    || w.equals("writing") || w.equals("reporting") || w.equals("additional"));
            if (!small && !p.capitalized(i) || CreditLines.hasDigit(p.raw(i))) {
                return false;
            }
        }
        return true;
    }
}
