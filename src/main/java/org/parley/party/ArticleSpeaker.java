package org.parley.party;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A speaker as one article knows them, handed to the {@link SpeakerDirectory} after extraction.
 *
 * @param doc      the article's document name
 * @param name     the canonical name within the article, the full name as first introduced
 *                 ("Jens Stoltenberg"), or a bare surname when the article gives no more
 * @param role     the role the article gives ("NATO Secretary-General"), or null
 * @param party    the party the role names (short name), or null when the article does not say
 * @param date     the article's publication date, or null
 * @param mentions the other ways the article names the person ("Stoltenberg", "the NATO chief");
 *                 the ones that are part of the name become aliases
 */
public record ArticleSpeaker(String doc, String name, String role, String party, LocalDate date,
                             List<String> mentions) {

    public ArticleSpeaker {
        Objects.requireNonNull(doc, "doc");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a speaker of " + doc + " needs a name");
        }
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
