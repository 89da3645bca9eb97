package org.parley.party;

import java.util.Optional;

import org.parley.article.Article;

/**
 * Decides which party a speaker or a mention stands for: from a role written before or after a
 * name ("Russian Deputy Foreign Minister", "NATO's secretary-general") or from a mention that
 * names a party ("Moscow", "the alliance"). Unknown stays unknown: a wrong party is worse than none.
 */
public final class PartyResolver {

    private final PartyRegistry registry;

    public PartyResolver(PartyRegistry registry) {
        this.registry = registry;
    }

    /** The registry this resolver reads. */
    public PartyRegistry registry() {
        return registry;
    }

    /** The party a role names, reading its words from the left ("Russian Deputy Foreign Minister" -> Russia). */
    public Optional<Party> partyOfRole(String role) {
        if (role == null) {
            return Optional.empty();
        }
        String[] words = role.replace("'s ", " ").replace("’s ", " ").split("\\s+");
        for (int n = Math.min(4, words.length); n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                Optional<Party> party = registry.match(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
                if (party.isPresent()) {
                    return party;
                }
            }
        }
        return Optional.empty();
    }

    /** The party a mention in an article names ("Moscow", "the alliance"), if the article makes it clear. */
    public Optional<Party> partyOfMention(String mention, Article context) {
        return registry.match(mention.strip());
    }
}
