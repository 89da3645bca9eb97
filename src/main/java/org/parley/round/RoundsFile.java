package org.parley.round;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a rounds file: the rounds an analyst already knows, which complete and override detection.
 * The format is described in {@code FORMAT.md} next to the lexicon:
 * <pre>
 * rounds:
 *   - id: nrc-2022-01-12            # optional; derived from forum, place and date when absent
 *     title: NATO-Russia Council    # optional
 *     forum: NATO-Russia Council    # optional
 *     place: Brussels               # optional
 *     start: 2022-01-12             # optional: 2022-01-12, 2022-01 (a month) or --01-12 (no year)
 *     end: 2022-01-12               # optional, for talks over several days
 *     parties: [NATO, Russia]       # optional
 * </pre>
 */
final class RoundsFile {

    private RoundsFile() {
    }

    /** The rounds of the file; fails with the file, the entry and the problem when one is wrong. */
    static List<FileRound> read(Path file, RoundLexicon lexicon, ForumFinder forums) throws IOException {
        Entries entries;
        try (InputStream in = Files.newInputStream(file)) {
            entries = new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, Entries.class);
        } catch (IOException e) {
            throw new IOException("rounds file " + file + " cannot be read: " + e.getMessage(), e);
        }
        List<FileRound> rounds = new ArrayList<>();
        List<Entry> list = entries == null || entries.rounds() == null ? List.of() : entries.rounds();
        for (int i = 0; i < list.size(); i++) {
            try {
                rounds.add(toRound(list.get(i), lexicon, forums));
            } catch (IllegalArgumentException e) {
                throw new IOException("rounds file " + file + ", round " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return rounds;
    }

    private static FileRound toRound(Entry e, RoundLexicon lexicon, ForumFinder forums) {
        if (blank(e.forum()) && blank(e.place()) && blank(e.start()) && blank(e.title())) {
            throw new IllegalArgumentException("give at least one of title, forum, place and start");
        }
        String place = blank(e.place()) ? null : e.place().strip();
        if (place != null && lexicon.venue(place) != null) {
            place = lexicon.venue(place);
        }
        TalksDate start = blank(e.start()) ? null : TalksDate.parse(e.start());
        TalksDate end = blank(e.end()) ? null : TalksDate.parse(e.end());
        if (end != null && start == null) {
            throw new IllegalArgumentException("end " + e.end() + " without a start");
        }
        if (end != null && end.yearKnown() == start.yearKnown() && end.firstDay() < start.firstDay()) {
            throw new IllegalArgumentException("end " + e.end() + " is before start " + e.start());
        }
        if (end != null && end.equals(start)) {
            end = null;
        }
        return new FileRound(blank(e.id()) ? null : Slugs.slug(e.id()), blank(e.title()) ? null : e.title().strip(),
                blank(e.forum()) ? null : forum(e.forum().strip(), forums), place, start, end, e.parties());
    }

    /** The forum's key as detection would read the same name, so that both meet; its name as written. */
    private static Forum forum(String name, ForumFinder forums) {
        for (ForumFinder.ForumHit hit : forums.find(name, 0, name.length(), false)) {
            if (hit.forum() != null && hit.end() - hit.start() >= name.length() - 4) {
                return new Forum(hit.forum().key(), name, hit.forum().parties(), true);
            }
        }
        return new Forum(Slugs.slug(name), name, Set.of(), true);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The file's shape. */
    record Entries(List<Entry> rounds) {
    }

    /** One round as written. */
    record Entry(String id, String title, String forum, String place, String start, String end,
                 List<String> parties) {
    }
}
