package org.parley.round;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.parley.article.ArticleEntry;
import org.parley.article.ArticleParser;
import org.parley.article.ArticleSet;
import org.parley.briefing.OtherVoices;
import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.AttributionExtractor;
import org.parley.party.PartyRegistry;
import org.parley.party.PartyResolver;
import org.parley.party.TableParties;

/**
 * A developer's probe, not a test: prints the meetings each article of a set names (its events
 * and their mentions) and the rounds the planner makes of them.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.parley.round.RoundsProbe DIR}
 */
public final class RoundsProbe {

    public static void main(String[] args) throws Exception {
        PartyRegistry registry = PartyRegistry.bundled();
        AttributionExtractor extractor = new AttributionExtractor(new PartyResolver(registry));
        ArticleParser parser = new ArticleParser();
        List<ArticleAttributions> all = new ArrayList<>();
        for (ArticleEntry e : ArticleSet.list(Path.of(args[0]))) {
            var article = parser.parse(e);
            all.add(new ArticleAttributions(article, extractor.extract(article)));
        }
        TableParties.Table table = OtherVoices.tableOf(all, new TableParties(registry));
        System.out.println("table " + table.parties() + " talks=" + table.talks());
        all = OtherVoices.seat(all, table, registry);
        ArticleReader reader = new ArticleReader(RoundLexicon.bundled(), registry);
        for (ArticleAttributions a : all) {
            ArticleReading r = reader.read(a);
            String text = a.article().text();
            System.out.println("\n== " + r.doc() + " day " + r.anchor().day());
            for (ArticleEvent ev : r.events()) {
                System.out.println("  EVENT forum=" + (ev.forum() == null ? null : ev.forum().name()) + " place=" + ev.place()
                        + " start=" + ev.start() + " end=" + ev.end() + " ord=" + ev.ordinal() + " score=" + ev.score()
                        + " reported=" + ev.reported() + " ahead=" + ev.ahead());
                for (Mention m : ev.mentions()) {
                    String s = text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)).replace('\n', ' ');
                    System.out.println("      s" + m.sentence() + (m.meeting() ? " M" : "") + (m.ahead() ? " A" : "") + (m.aside() ? " X" : "") + " | " + s);
                }
            }
        }
        RoundPlan plan = new RoundPlanner(registry, null).plan(all);
        System.out.println();
        for (Round round : plan.rounds()) {
            System.out.println("ROUND " + round.id() + " | " + round.title() + " docs=" + round.docs());
        }
    }
}
