package org.parley.round;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds venue cities in a sentence where they name where talks are held: after "in", "at" or
 * "outside" ("talks in Geneva", "at the White House", "in Istanbul, Jeddah and Geneva"), after "to"
 * or "from" where delegations move ("travel to Geneva", "came home from Oslo"), also when the place is
 * described ("the Black Sea resort of Sochi", "the Gulf state of Oman"), or right before a
 * meeting word ("the Vienna talks"). "Moscow said" is a government speaking and "officials in Moscow" are where people sit;
 * neither is found.
 */
final class PlaceFinder {

    private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
    /** A description before the name: "to Russia's Black Sea resort of Sochi", "in the Gulf state of Oman". */
    private static final String DESCRIBED = "(?:(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?(?i:resort|city|town|capital|port"
            + "|state|emirate|kingdom|sultanate|island|village)\\s+of\\s+)?";
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("\\b(?<prep>(?i:in|at|outside|to|from))\\s+" + DESCRIBED + "(?<name>(?:the\\s+)?"
            + WORD + "(?:,?\\s+(?:" + WORD + "|(?:el|al|ad|as|ash|es|ed)-\\s?[\\p{L}'’.-]+|el|al|es|de|du|d\\.?c\\.?)){0,3})");
    /** The next city of a list: "in Istanbul, Jeddah and Geneva". */
    private static final Pattern LIST_NEXT = Pattern.compile("\\G(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)"
            + "(?<name>" + WORD + "(?:\\s+" + WORD + "){0,2})");
    /** The words a place may stand right before ("the Vienna talks"). */
    private static final List<String> MEETINGS = List.of("talks", "meeting", "meetings", "summit", "negotiations",
            "consultations", "round", "conference", "process");
    private static final Pattern BEFORE_MEETING = Pattern.compile("(?<name>" + WORD + "(?:\\s+" + WORD + "){0,2})"
            + "(?:'s|’s)?\\s+(?:" + String.join("|", MEETINGS) + ")\\b");

    /** A venue at {@code [start, end)}. */
    record PlaceHit(int start, int end, String city) {
    }

    private final RoundLexicon lexicon;

    PlaceFinder(RoundLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The venues named in {@code [from, to)}, in text order. */
    List<PlaceHit> find(String text, int from, int to) {
        List<PlaceHit> hits = new ArrayList<>();
        Matcher m = AFTER_PREPOSITION.matcher(text).region(from, to);
        while (m.find()) {
            String before = wordBefore(text, m.start(), from);
            boolean toward = m.group("prep").equalsIgnoreCase("to") || m.group("prep").equalsIgnoreCase("from");
            if (toward ? !lexicon.toVenueAfter.contains(before) : lexicon.notVenueAfter.contains(before)) {
                continue;
            }
            PlaceHit hit = longestPrefix(text, m.start("name"), m.group("name"));
            while (hit != null) {
                hits.add(hit);
                Matcher next = LIST_NEXT.matcher(text).region(hit.end(), to);
                hit = next.find() ? longestPrefix(text, next.start("name"), next.group("name")) : null;
            }
        }
        // most sentences hold no meeting word: a plain search for one spares the pattern's try at every capital
        Matcher b = BEFORE_MEETING.matcher(text).region(from, to);
        boolean meetingWord = holdsMeetingWord(text, from, to);
        while (meetingWord && b.find()) {
            PlaceHit hit = longestSuffix(b.start("name"), b.group("name"));
            if (hit != null && hits.stream().noneMatch(h -> h.start() < hit.end() && hit.start() < h.end())) {
                hits.add(hit);
            }
        }
        hits.sort(java.util.Comparator.comparingInt(PlaceHit::start));
        return hits;
    }

    /** True when {@code [from, to)} holds one of {@link #MEETINGS}, as a word or inside one. */
    static boolean holdsMeetingWord(String text, int from, int to) {
        String region = text.substring(from, to); // String.indexOf is quick, but runs to the text's end
        for (String w : MEETINGS) {
            if (region.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case word before {@code at} ("officials" in "officials in Moscow"), or "". */
    private static String wordBefore(String text, int at, int from) {
        int end = at;
        while (end > from && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > from && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** "Brussels, Belgium" -> Brussels; "the White House" -> Washington. */
    private PlaceHit longestPrefix(String text, int start, String name) {
        String[] words = name.split("(?<=\\S)(?=,?\\s)");
        for (int n = Math.min(words.length, lexicon.longestVenueWords + 1); n >= 1; n--) {
            String candidate = String.join("", java.util.Arrays.copyOfRange(words, 0, n)).strip();
            String city = lexicon.venue(candidate);
            if (city == null) {
                candidate = candidate.replaceAll("[.,]+$", "");
                city = lexicon.venue(candidate);
            }
            if (city != null) {
                return new PlaceHit(start, start + candidate.length(), city);
            }
        }
        return null;
    }

    /** "The Geneva talks" -> Geneva. */
    private PlaceHit longestSuffix(int start, String name) {
        String[] words = name.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            String city = lexicon.venue(candidate);
            if (city != null) {
                int at = start + name.lastIndexOf(candidate);
                return new PlaceHit(at, at + candidate.length(), city);
            }
        }
        return null;
    }
}
