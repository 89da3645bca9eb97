package org.parley.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.Attribution;
import org.parley.party.PartyRegistry;
import org.parley.party.TableParties;

/**
 * Takes the party off statements whose speaker's side is not at the table: an Israeli minister in
 * coverage of US-Iran talks, a British prime minister welcoming a Gaza plan. They are other voices,
 * never under a negotiating party; the speaker and the role stay.
 */
public final class OtherVoices {

    private OtherVoices() {
    }

    /** Statements a state's opposition must have, and their share of the run's, to be a side of its own. */
    static final int OPPOSITION_STATEMENTS = 10;
    static final double OPPOSITION_SHARE = 0.05;

    /**
     * The statements of a run with only the parties at the table. A state's opposition is a side
     * only in coverage of a crisis, where it speaks often (at least ten statements and a twentieth
     * of those with a party): a critic of a government in coverage of talks is another voice.
     */
    public static List<ArticleAttributions> seat(List<ArticleAttributions> extracted, TableParties.Table table,
                                                 PartyRegistry registry) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (ArticleAttributions a : extracted) {
            for (Attribution s : a.attributions()) {
                if (s.party() != null) {
                    counts.merge(s.party(), 1, Integer::sum);
                    total++;
                }
            }
        }
        int enough = (int) Math.max(OPPOSITION_STATEMENTS, Math.ceil(OPPOSITION_SHARE * total));
        // the one opposition that is a side: an "opposition politician" whose state the article left open is of it
        List<String> sides = counts.entrySet().stream().filter(e -> !table.talks() && e.getValue() >= enough)
                .map(Map.Entry::getKey).filter(p -> isOpposition(registry, p)).toList();
        String opposition = sides.size() == 1 ? sides.get(0) : null;
        List<ArticleAttributions> seated = new ArrayList<>(extracted.size());
        for (ArticleAttributions a : extracted) {
            List<Attribution> statements = new ArrayList<>(a.attributions().size());
            for (Attribution s : a.attributions()) {
                if (s.party() == null && opposition != null && OPPOSITION_ROLE.matcher(nullToEmpty(s.role())).find()) {
                    statements.add(new Attribution(s.kind(), s.content(), s.cue(), s.source(), s.speaker(), s.role(),
                            opposition));
                    continue;
                }
                boolean atTable = isOpposition(registry, s.party()) ? !table.talks() && counts.get(s.party()) >= enough
                        : table.atTable(s.party());
                statements.add(s.party() == null || atTable ? s
                        : new Attribution(s.kind(), s.content(), s.cue(), s.source(), s.speaker(), s.role(), null));
            }
            seated.add(new ArticleAttributions(a.article(), statements));
        }
        return seated;
    }

    private static final java.util.regex.Pattern OPPOSITION_ROLE = java.util.regex.Pattern.compile(
            "(?i)(?<!former |ex-)\\bopposition\\b");

    private static boolean isOpposition(PartyRegistry registry, String party) {
        return party != null && registry.byName(party).map(p -> "opposition".equals(p.kind())).orElse(false);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The table of a run's articles. */
    public static TableParties.Table tableOf(List<ArticleAttributions> extracted, TableParties parties) {
        List<String> texts = new ArrayList<>(extracted.size());
        extracted.forEach(a -> texts.add(a.article().text()));
        return parties.of(texts);
    }
}
