package org.parley.briefing;

import java.util.ArrayList;
import java.util.List;

import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.Attribution;
import org.parley.party.TableParties;

/**
 * Takes the party off statements whose speaker's side is not at the table: an Israeli minister in
 * coverage of US-Iran talks, a British prime minister welcoming a Gaza plan. They are other voices,
 * never under a negotiating party; the speaker and the role stay.
 */
public final class OtherVoices {

    private OtherVoices() {
    }

    /** The statements of a run with only the parties at the table. */
    public static List<ArticleAttributions> seat(List<ArticleAttributions> extracted, TableParties.Table table) {
        List<ArticleAttributions> seated = new ArrayList<>(extracted.size());
        for (ArticleAttributions a : extracted) {
            List<Attribution> statements = new ArrayList<>(a.attributions().size());
            for (Attribution s : a.attributions()) {
                statements.add(s.party() == null || table.atTable(s.party()) ? s
                        : new Attribution(s.kind(), s.content(), s.cue(), s.source(), s.speaker(), s.role(), null));
            }
            seated.add(new ArticleAttributions(a.article(), statements));
        }
        return seated;
    }

    /** The table of a run's articles. */
    public static TableParties.Table tableOf(List<ArticleAttributions> extracted, TableParties parties) {
        List<String> texts = new ArrayList<>(extracted.size());
        extracted.forEach(a -> texts.add(a.article().text()));
        return parties.of(texts);
    }
}
