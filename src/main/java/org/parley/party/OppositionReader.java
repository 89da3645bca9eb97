package org.parley.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a role or a mention as a state's opposition: "the Belarusian opposition", "opposition
 * leader", "a Belarus opposition figure", "the Coordination Council". The state is the one the
 * role names, else the one the article is about; a role that also names a government's organ,
 * rules the reading out ("former", "analyst") or has the opposition as an object ("talks with the
 * opposition") is none.
 */
final class OppositionReader {

    private final PartyRegistry registry;
    private final RoleLexicon lexicon;
    private final Oppositions data;
    private final List<Party> states;

    OppositionReader(PartyRegistry registry, RoleLexicon lexicon, Oppositions data) {
        this.registry = registry;
        this.lexicon = lexicon;
        this.data = data;
        this.states = registry.parties().stream().filter(Oppositions::isState).toList();
    }

    Optional<Party> read(List<Token> tokens, ArticleContext context) {
        Body body = body(tokens, context);
        int at = firstOppositionWord(tokens);
        at = at >= 0 ? at : body == null ? -1 : body.from();
        if (at < 0 || ruledOut(tokens, at)) {
            return Optional.empty();
        }
        List<Party> named = new ArrayList<>();
        for (PartyIndex.Match m : registry.index().scan(tokens)) {
            if (!m.form().namesParty() || m.inCompound(tokens)) {
                continue;
            }
            Optional<Party> party = m.form().sole() != null ? Optional.of(m.form().sole()) : context.choose(m.form().parties());
            if (party.isEmpty() || !Oppositions.isState(party.get())) {
                return Optional.empty(); // "Brussels", "EU opposition": no state's opposition we can tell
            }
            named.add(party.get());
        }
        if (body != null) {
            named.add(body.state());
        }
        if (named.stream().map(Party::name).distinct().count() > 1) {
            return Optional.empty();
        }
        Optional<Party> state = named.isEmpty() ? context.choose(states) : Optional.of(named.get(0));
        return state.flatMap(registry::oppositionOf);
    }

    private int firstOppositionWord(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (data.words().contains(RoleLexicon.lower(tokens.get(i).text()))) {
                return i;
            }
        }
        return -1;
    }

    // "former opposition leader", "opposition media", "the government and the opposition"; "talks
    // with the opposition" (an object before it), but "an adviser to the opposition leader".
    private boolean ruledOut(List<Token> tokens, int at) {
        boolean staff = false;
        for (int i = 0; i < tokens.size(); i++) {
            String word = RoleLexicon.lower(tokens.get(i).text());
            if (data.notOpposition().contains(word) || (i < at && !staff && lexicon.objectWords().contains(word))) {
                return true;
            }
            staff |= lexicon.staff().contains(word);
        }
        return false;
    }

    /** An opposition body found in a role, at token {@code from}. */
    private record Body(Party state, int from) {
    }

    // "the Coordination Council": a body of one state's opposition, in an article that names the state.
    private Body body(List<Token> tokens, ArticleContext context) {
        for (Map.Entry<String, List<String>> e : data.bodies().entrySet()) {
            Party state = registry.byName(e.getKey()).orElse(null);
            if (state == null || context.mentions(state) == 0) {
                continue;
            }
            for (String name : e.getValue()) {
                int from = indexOf(tokens, PhraseTokenizer.tokenize(name));
                if (from >= 0) {
                    return new Body(state, from);
                }
            }
        }
        return null;
    }

    private static int indexOf(List<Token> tokens, List<Token> words) {
        for (int i = 0; i + words.size() <= tokens.size() && !words.isEmpty(); i++) {
            boolean all = true;
            for (int k = 0; k < words.size() && all; k++) {
                all = tokens.get(i + k).text().equalsIgnoreCase(words.get(k).text());
            }
            if (all) {
                return i;
            }
        }
        return -1;
    }
}
