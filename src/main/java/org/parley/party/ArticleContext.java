package org.parley.party;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which parties one article is about, counted from the forms that name a party whatever the
 * article ("NATO", "Russian", "Moscow"); decides what an ambiguous form ("Brussels", "the
 * alliance") stands for there, and declines when the article does not make it clear.
 */
public final class ArticleContext {

    /** No article: nothing ambiguous is ever decided. */
    public static final ArticleContext NONE = new ArticleContext(Map.of());

    // How many times the leading party must outnumber the next one for an ambiguous form to go to it.
    private static final int DOMINANCE = 2;

    private final Map<String, Integer> mentions;

    private ArticleContext(Map<String, Integer> mentions) {
        this.mentions = mentions;
    }

    static ArticleContext of(String text, PartyIndex index) {
        Map<String, Integer> counts = new HashMap<>();
        for (PartyIndex.Match m : index.scan(PhraseTokenizer.tokenize(text))) {
            Party sole = m.form().sole();
            if (sole != null) {
                counts.merge(sole.name(), 1, Integer::sum);
            }
        }
        return new ArticleContext(Map.copyOf(counts));
    }

    /** How often the article names this party unambiguously. */
    public int mentions(Party party) {
        return mentions.getOrDefault(party.name(), 0);
    }

    /**
     * The one candidate the article is about: named at least once and at least twice as often as
     * any other candidate. Empty when no candidate is named or two are named about as often.
     */
    public Optional<Party> choose(Collection<Party> candidates) {
        Party best = null;
        int bestCount = 0;
        int runnerUp = 0;
        for (Party p : candidates) {
            int n = mentions(p);
            if (n > bestCount) {
                runnerUp = bestCount;
                best = p;
                bestCount = n;
            } else if (n > runnerUp) {
                runnerUp = n;
            }
        }
        return bestCount > 0 && bestCount >= DOMINANCE * runnerUp ? Optional.of(best) : Optional.empty();
    }

    /** The parties the article names, most often first (for the round and briefing steps). */
    public List<String> parties() {
        return mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
