package org.parley.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Summary lines against a talks set's gold: a briefing's round is the gold round most of its
 * statements are in (of those the gold puts in a round); a line is from another round when the gold
 * statement its words overlap most is in a different round. As src/bench/briefing-checks.py counts.
 */
final class SummaryRounds {

    private SummaryRounds() {
    }

    /** A gold statement, with offsets into the run's input file (front matter included). */
    private record Gold(int start, int end, String round) {
    }

    /** The share of all the run's summary lines that are from another round (0 without lines). */
    static double otherRoundShare(Path set, Path input, Path folder, List<String> rounds) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<Gold>> gold = new HashMap<>();
        for (JsonNode a : json.readTree(set.resolve("gold.json").toFile()).get("articles")) {
            String file = a.get("file").asText();
            String plain = Files.readString(set.resolve("text").resolve(file), StandardCharsets.UTF_8);
            Path in = input.resolve(file);
            int shift = Files.exists(in) ? Math.max(0, Files.readString(in, StandardCharsets.UTF_8)
                    .indexOf(plain.substring(0, Math.min(200, plain.length())))) : 0;
            List<Gold> statements = new ArrayList<>();
            for (String kind : List.of("direct_quotes", "positions")) {
                a.get(kind).forEach(s -> statements.add(new Gold(s.get("start").asInt() + shift,
                        s.get("end").asInt() + shift, s.get("round").isNull() ? null : s.get("round").asText())));
            }
            gold.put(file, statements);
        }
        int lines = 0;
        int other = 0;
        for (String round : rounds) {
            JsonNode export = json.readTree(folder.resolve(round + ".json").toFile());
            Map<String, Integer> votes = new HashMap<>();
            for (JsonNode s : export.get("statements")) {
                Gold g = overlapping(gold, s);
                if (g != null && g.round() != null) {
                    votes.merge(g.round(), 1, Integer::sum);
                }
            }
            String main = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            for (JsonNode party : export.get("summary")) {
                for (JsonNode line : party.get("lines")) {
                    lines++;
                    Gold g = overlapping(gold, line);
                    if (g != null && g.round() != null && !g.round().equals(main)) {
                        other++;
                    }
                }
            }
        }
        return lines == 0 ? 0 : (double) other / lines;
    }

    private static Gold overlapping(Map<String, List<Gold>> gold, JsonNode at) {
        int start = at.get("start").asInt();
        int end = at.get("end").asInt();
        Gold best = null;
        int most = 0;
        for (Gold g : gold.getOrDefault(at.get("article").asText(), List.of())) {
            int overlap = Math.min(g.end(), end) - Math.max(g.start(), start);
            if (overlap > most) {
                best = g;
                most = overlap;
            }
        }
        return best;
    }
}
