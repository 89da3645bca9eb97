package org.parley.extraction;

/**
 * Who a source mention stands for, as far as the article tells.
 *
 * @param name  the canonical speaker: a person's full name as first introduced, or a party's
 *              name for a metonym ("Russia" for "Moscow"), or null when unresolved
 * @param role  the speaker's role as the article writes it, or null
 * @param party the party's short name, or null when unknown
 */
record Speaker(String name, String role, String party) {

    static final Speaker UNKNOWN = new Speaker(null, null, null);
}
