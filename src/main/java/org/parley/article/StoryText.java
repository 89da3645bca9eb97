package org.parley.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An article's body as the copy-or-update decision reads it: its paragraphs, each with the hashes
 * of its 3-word shingles and of its words, and an index of which paragraph has which shingle. Three words rather than four, so that a small
 * edit (a changed word, a new dateline) costs a paragraph three shingles, not four.
 */
final class StoryText {

    /** Words per shingle. */
    static final int WORDS_PER_SHINGLE = 3;
    /** A paragraph longer than this is cut at sentence ends into parts of about {@value #PART_WORDS} words. */
    static final int MAX_PARAGRAPH_WORDS = 60;
    static final int PART_WORDS = 25;

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0]*\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'\u2019\u201d)]?)\\s+");

    /**
     * A paragraph, or a part of a long one.
     *
     * @param words     its words once normalised
     * @param shingles  its distinct shingle hashes, sorted
     * @param vocabulary the hashes of its distinct words, sorted
     * @param note      a note in brackets, such as "(Reporting by ...; editing by ...)": an outlet's
     *                  credit line, not text a version adds
     */
    record Unit(int words, long[] shingles, long[] vocabulary, boolean note) {

        /** The share of the words of both that both have. */
        double wordJaccard(Unit other) {
            int same = 0;
            for (int i = 0, j = 0; i < vocabulary.length && j < other.vocabulary.length; ) {
                int c = Long.compare(vocabulary[i], other.vocabulary[j]);
                same += c == 0 ? 1 : 0;
                i += c <= 0 ? 1 : 0;
                j += c >= 0 ? 1 : 0;
            }
            int union = vocabulary.length + other.vocabulary.length - same;
            return union == 0 ? 0 : same / (double) union;
        }
    }

    final String doc;
    final LocalDate date;
    final List<Unit> units;
    /** Every unit's shingles, distinct and sorted. */
    final long[] shingles;
    /** For each of {@link #shingles}, the first unit that has it. */
    private final int[] unitOf;

    private StoryText(String doc, LocalDate date, List<Unit> units) {
        this.doc = doc;
        this.date = date;
        this.units = List.copyOf(units);
        Map<Long, Integer> first = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            for (long h : units.get(i).shingles()) {
                first.putIfAbsent(h, i);
            }
        }
        this.shingles = first.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        this.unitOf = new int[shingles.length];
        for (int i = 0; i < shingles.length; i++) {
            unitOf[i] = first.get(shingles[i]);
        }
    }

    static StoryText of(Article article) {
        List<Unit> units = new ArrayList<>();
        for (String paragraph : paragraphs(article.body())) {
            for (String part : parts(paragraph)) {
                String norm = Shingles.normalise(part);
                if (!norm.isEmpty()) {
                    units.add(new Unit(words(norm), Shingles.wordsOfNormalised(norm, WORDS_PER_SHINGLE),
                            Shingles.wordsOfNormalised(norm, 1), isNote(part)));
                }
            }
        }
        return new StoryText(article.doc(), article.date(), units);
    }

    /** Paragraphs are separated by blank lines; in a text without any, by line breaks. */
    static List<String> paragraphs(String body) {
        Pattern separator = BLANK_LINE.matcher(body).find() ? BLANK_LINE : LINE_BREAK;
        return Arrays.stream(separator.split(body)).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** A long paragraph in parts of whole sentences, so that a sentence added to it still shows. */
    static List<String> parts(String paragraph) {
        if (words(paragraph) <= MAX_PARAGRAPH_WORDS) {
            return List.of(paragraph);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String sentence : SENTENCE_END.split(paragraph)) {
            part.append(part.isEmpty() ? "" : " ").append(sentence);
            if (words(part) >= PART_WORDS) {
                parts.add(part.toString());
                part.setLength(0);
            }
        }
        if (!part.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }

    /** The words of a text: runs of characters other than white space. */
    static int words(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0';
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }

    private static boolean isNote(String paragraph) {
        return paragraph.startsWith("(") && paragraph.endsWith(")")
                || paragraph.startsWith("[") && paragraph.endsWith("]");
    }

    /**
     * How much of a paragraph of another text this one has.
     *
     * @param inPlace  the share of its shingles in one paragraph of this text, or two that follow each
     *                 other (a copy may join two paragraphs): a copied paragraph is in one place, while
     *                 one written to a pattern that this text's paragraphs share is found only piecemeal
     * @param anywhere the share of its shingles anywhere in this text: a caption that repeats what
     *                 several paragraphs say is found here
     */
    record Kept(double inPlace, double anywhere) {
    }

    Kept kept(Unit u) {
        if (u.shingles().length == 0) {
            return new Kept(0, 0);
        }
        int[] hits = new int[units.size() + 1];
        int anywhere = 0;
        for (long h : u.shingles()) {
            int at = Arrays.binarySearch(shingles, h);
            if (at >= 0) {
                hits[unitOf[at]]++;
                anywhere++;
            }
        }
        int best = 0;
        for (int i = 0; i < units.size(); i++) {
            best = Math.max(best, hits[i] + hits[i + 1]);
        }
        double n = u.shingles().length;
        return new Kept(Math.min(1, best / n), anywhere / n);
    }
}
