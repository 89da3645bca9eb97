package org.parley.extraction;

/**
 * One thing said or thought, tied to who said it: the content, the cue that marks it as said, the
 * mention of the source in the text, and the speaker that mention resolves to across the article.
 *
 * @param kind    direct, indirect or mixed
 * @param content what was said; for a direct quote, the quoted text with its quotation marks
 * @param cue     the word or phrase that marks it as said ("said", "according to"), or null
 * @param source  the mention the cue belongs to ("he", "Russian Deputy Foreign Minister Alexander Grushko"), or null
 * @param speaker the canonical speaker, the full name as first introduced, or null when unresolved
 * @param role    the speaker's role as the article gives it ("Deputy Foreign Minister"), or null
 * @param party   the party's short name from the registry, or null when unknown
 */
public record Attribution(Kind kind, Span content, Span cue, Span source, String speaker, String role,
                          String party) {
}
