package org.parley.round;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The words and patterns rounds are read by, loaded from the bundled {@code lexicon.yaml} and
 * compiled once: meeting words, forum patterns, tense markers and the venue cities.
 */
final class RoundLexicon {

    private static final String BUNDLED = "/org/parley/round/lexicon.yaml";

    /** Alternatives longest first, so "round of talks" wins over "round"; then alphabetical, for a stable order. */
    private static final Comparator<String> LONGEST_FIRST =
            Comparator.comparingInt(String::length).reversed().thenComparing(s -> s);

    static final String NAME = "\\p{Lu}[\\p{L}\\p{N}'’.&+]*";
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

    /** How a reference date pattern writes a month before its day; see {@link #mayHoldMonthDay}. */
    private static final String MONTH_DAY = "(?<month>{Month})\\.?\\s+(?<day>\\d";
    /** The first three letters of every spelling in {@link #MONTH}. */
    private static final List<String> MONTH_OPENINGS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");

    private static volatile RoundLexicon bundled;

    /** Lower-case single words that say a meeting took place. */
    final Set<String> meetingWords;
    /** Lower-case words without which a sentence names no meeting and is not read for one. */
    final Set<String> triggers;
    /** Phrases, as lower-case words, holding a meeting word that are no meeting ("news conference"). */
    final List<List<String>> notMeetings;
    /** Lower-case words that, right after a meeting word or forum, make it a title or a thing. */
    final Set<String> notMeetingFollowers;
    /** Words of talks or their outcome; a story whose lede has none is not about talks. */
    final Pattern talksWords;
    /** Words of events on the ground (fighting, casualties, a crackdown); see {@link ArticleReading#reportsGround}. */
    final Pattern groundWords;
    /** Matches the end of the text before a forum that makes it a body ("members of the "). */
    final Pattern bodyBefore;
    /** Lower-case words after which "in <city>" is where someone is, not where talks are. */
    final Set<String> notVenueAfter;
    final Set<String> strongHeads;
    final Set<String> leadingNoise;
    final Set<String> institutionWords;
    /** Matches the end of the text before a party's name when it says the party hosts the meeting. */
    final Pattern hostCues;
    final Map<String, Integer> ordinals;
    final Pattern futureMarkers;
    final Pattern pastMarkers;
    /** Verbs in the present that name a scheduled meeting ("meets on Wednesday"). */
    final Pattern presentMarkers;
    /** Words that open a clause recalling a meeting as the past the news follows ("After ..."). */
    final Pattern backgroundMarkers;
    /** Relative pronouns that, after a comma, open an aside ("..., which hosts"); matched at the clause's start. */
    final Pattern asideMarkers;
    /** Words that make the meeting after them a future one ("the next", "a new round of"). */
    final Pattern nextMarkers;
    /** Lower-case words after which "to <city>" is where talks move ("travel to Geneva"). */
    final Set<String> toVenueAfter;
    final List<Pattern> referenceDates;
    /** True when every reference date pattern needs a month written before its day ("March 3"). */
    final boolean referenceDatesNeedMonthDay;
    final List<ForumPattern> forums;
    /** Lower-cased venue spelling to its canonical city name (or host country's name). */
    final Map<String, String> venues;
    /** A host country's canonical name to its canonical venue cities. */
    final Map<String, Set<String>> countryCities;
    final int longestVenueWords;

    private RoundLexicon(LexiconFile f) {
        meetingWords = Words.lower(f.meetingWords());
        triggers = triggers(f);
        notMeetingFollowers = Words.lower(f.notMeetingFollowers());
        notVenueAfter = Words.lower(f.notVenueAfter());
        talksWords = words(concat(f.meetingWords(), f.talksWords()), true);
        groundWords = words(f.groundWords(), true);
        bodyBefore = Pattern.compile("(?i)(?<![\\p{L}])" + alternation(f.bodyMarkers())
                + "\\s+of\\s+(?:the\\s+)?(?:[\\p{L}'’]+\\s+){0,2}$");
        notMeetings = f.notMeetings().stream()
                .map(p -> List.of(p.toLowerCase(Locale.ROOT).split("\\s+"))).toList();
        strongHeads = Set.copyOf(f.strongHeads());
        leadingNoise = f.leadingNoise().stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        institutionWords = Set.copyOf(f.institutionWords());
        hostCues = Pattern.compile("(?i)(?<![\\p{L}])" + alternation(f.hostCues()) + "\\s+(?:the\\s+)?$");
        ordinals = Map.copyOf(f.ordinals());
        futureMarkers = words(f.futureMarkers(), true);
        pastMarkers = words(f.pastMarkers(), true);
        presentMarkers = words(f.presentMarkers(), true);
        backgroundMarkers = words(f.backgroundMarkers(), true);
        asideMarkers = Pattern.compile("(?i)\\s*" + alternation(f.asideMarkers()) + "(?![\\p{L}])");
        nextMarkers = words(f.nextMarkers(), true);
        toVenueAfter = Words.lower(f.toVenueAfter());
        Map<String, String> macros = Map.of("{Name}", NAME, "{Month}", MONTH,
                "{Strong}", alternation(f.strongHeads()), "{Weak}", alternation(f.weakHeads()),
                "{Topic}", alternation(f.topicWords()), "{Ordinal}", alternation(f.ordinals().keySet()),
                "{Format}", "(?i:" + alternation(f.formats()) + ")");
        referenceDates = f.referenceDatePatterns().stream().map(p -> compile(p, macros)).toList();
        referenceDatesNeedMonthDay = f.referenceDatePatterns().stream().allMatch(p -> p.contains(MONTH_DAY));
        Map<String, Set<String>> macroWords = Map.of("{Strong}", Words.lower(f.strongHeads()),
                "{Weak}", Words.lower(f.weakHeads()), "{Format}", Words.lower(f.formats()),
                "{Ordinal}", Words.lower(f.ordinals().keySet()));
        forums = f.forumPatterns().stream().map(p -> new ForumPattern(compile(p.pattern(), macros),
                when(p.when(), macroWords))).toList();
        Map<String, List<String>> countries = f.hostCountries() == null ? Map.of() : f.hostCountries();
        venues = venueIndex(f.venues(), countries.keySet());
        countryCities = countries.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(c -> Objects.requireNonNull(venue(c),
                                () -> "host country " + e.getKey() + ": " + c + " is no venue"))
                        .collect(Collectors.toUnmodifiableSet())));
        longestVenueWords = venues.keySet().stream().mapToInt(v -> v.split("\\s+").length).max().orElse(1);
    }

    /** The lexicon shipped with Parley, read once. */
    static RoundLexicon bundled() {
        RoundLexicon lexicon = bundled;
        if (lexicon == null) {
            lexicon = read();
            bundled = lexicon;
        }
        return lexicon;
    }

    private static RoundLexicon read() {
        try (InputStream in = RoundLexicon.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled round lexicon " + BUNDLED + " is missing");
            }
            return new RoundLexicon(new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, LexiconFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the round lexicon " + BUNDLED, e);
        }
    }

    /**
     * False when no reference date pattern can match the text: each needs a month, a dot perhaps,
     * spaces and a digit ("March 3", "Sept. 12"), and a text without one is spared running them
     * over its whole length. True where a pattern is written otherwise.
     */
    boolean mayHoldReferenceDate(String text) {
        return !referenceDatesNeedMonthDay || mayHoldMonthDay(text);
    }

    /** True when a month's first three letters stand in the text before letters, a dot perhaps, spaces and a digit. */
    static boolean mayHoldMonthDay(String text) {
        for (String month : MONTH_OPENINGS) {
            for (int at = text.indexOf(month); at >= 0; at = text.indexOf(month, at + 1)) {
                int i = at + month.length();
                while (i < text.length() && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (i < text.length() && text.charAt(i) == '.') {
                    i++;
                }
                int spaces = i;
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i > spaces && i < text.length() && Character.isDigit(text.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The canonical city a spelling names, or null when it is not a known venue. */
    String venue(String spelling) {
        String key = spelling.toLowerCase(Locale.ROOT);
        // "Sharm el- Sheikh", as scraped pages break it; looked up for every capitalised word after "in"
        return venues.get(key.indexOf("- ") < 0 ? key : key.replaceAll("-\\s+", "-"));
    }

    private static Set<String> triggers(LexiconFile f) {
        Set<String> all = new java.util.HashSet<>();
        for (List<String> list : List.of(f.meetingWords(), f.strongHeads(), f.weakHeads(), f.formats(),
                f.triggerWords())) {
            all.addAll(Words.lower(list));
        }
        return Set.copyOf(all);
    }

    private static Set<String> when(List<String> when, Map<String, Set<String>> macroWords) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : when == null ? List.<String>of() : when) {
            out.addAll(macroWords.getOrDefault(w, Words.lower(List.of(w))));
        }
        return Set.copyOf(out);
    }

    /**
     * True when two places can be one round's: the same, or a host country and one of its cities
     * ("talks in Oman" and "the Muscat talks"); false when either is unknown.
     */
    boolean samePlace(String a, String b) {
        return a != null && b != null && (a.equals(b) || countryCities.getOrDefault(a, Set.of()).contains(b)
                || countryCities.getOrDefault(b, Set.of()).contains(a));
    }

    /** The sharper of two places that {@link #samePlace} agree: the city over its country. */
    String sharper(String a, String b) {
        return a == null ? b : b == null ? a : countryCities.containsKey(a) && !countryCities.containsKey(b) ? b : a;
    }

    private static Map<String, String> venueIndex(List<List<String>> venues, Set<String> countries) {
        Map<String, String> index = new HashMap<>();
        countries.forEach(c -> index.putIfAbsent(c.toLowerCase(Locale.ROOT), c));
        for (List<String> names : venues) {
            for (String name : names) {
                index.putIfAbsent(name.toLowerCase(Locale.ROOT), names.get(0));
            }
        }
        return Map.copyOf(index);
    }

    private static Pattern compile(String pattern, Map<String, String> macros) {
        String expanded = pattern;
        for (Map.Entry<String, String> macro : macros.entrySet()) {
            expanded = expanded.replace(macro.getKey(), macro.getValue());
        }
        return Pattern.compile(expanded);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b == null ? List.of() : b);
        return all;
    }

    /** Longest first, so that "to meet" wins over "meet". */
    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(LONGEST_FIRST)
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * Any of the words or phrases, as whole words. The alternation is grouped by first letter, so a
     * word start tries the few words that begin with its letter rather than all of them in turn
     * (the same match: within a group the words keep the order of {@link #alternation}).
     */
    static Pattern words(List<String> words, boolean ignoreCase) {
        Map<Integer, List<String>> byFirst = new java.util.LinkedHashMap<>();
        words.stream().sorted(LONGEST_FIRST)
                .filter(w -> !w.isEmpty())
                .forEach(w -> byFirst.computeIfAbsent(first(w, ignoreCase), k -> new ArrayList<>()).add(w));
        String groups = byFirst.values().stream().map(group -> {
            String head = new String(Character.toChars(group.get(0).codePointAt(0)));
            String rests = group.stream().map(w -> w.substring(head.length()))
                    .map(r -> r.isEmpty() ? "" : Pattern.quote(r).replace(" ", "\\E\\s+\\Q"))
                    .collect(Collectors.joining("|", "(?:", ")"));
            return Pattern.quote(head) + rests;
        }).collect(Collectors.joining("|", "(?:", ")"));
        String regex = "(?<![\\p{L}'’])" + groups + "(?![\\p{L}])";
        return Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

    private static int first(String word, boolean ignoreCase) {
        int c = word.codePointAt(0);
        return ignoreCase ? Character.toLowerCase(Character.toUpperCase(c)) : c;
    }

    /** A forum pattern and the words one of which a sentence must hold for it to run (none: always). */
    record ForumPattern(Pattern pattern, Set<String> when) {
    }

    /** A forum pattern as the YAML file writes it. */
    record PatternEntry(String pattern, List<String> when) {
    }

    /** The YAML file's shape. */
    record LexiconFile(List<String> meetingWords, List<String> triggerWords, List<String> notMeetingFollowers,
                       List<String> talksWords, List<String> groundWords, List<String> bodyMarkers, List<String> notMeetings, List<String> strongHeads,
                       List<String> weakHeads, List<String> topicWords, List<String> formats,
                       Map<String, Integer> ordinals, List<String> hostCues, List<String> institutionWords, List<String> leadingNoise,
                       List<String> futureMarkers, List<String> pastMarkers, List<String> presentMarkers,
                       List<String> backgroundMarkers, List<String> asideMarkers, List<String> nextMarkers, List<String> referenceDatePatterns,
                       List<PatternEntry> forumPatterns, List<String> notVenueAfter, List<String> toVenueAfter,
                       Map<String, List<String>> hostCountries, List<List<String>> venues) {
    }
}
