package org.parley.extraction;

/**
 * Who a source mention stands for, as far as the article tells.
 *
 * @param name  the canonical speaker: a person's full name as first introduced, a body as the
 *              article names it ("Israel's military"), or a party's name for the party itself or
 *              a metonym ("Russia" for "Moscow"); null when unresolved
 * @param role  the speaker's role as the article writes it, or null
 * @param party the party's short name, or null when unknown
 * @param body  whether the speaker is a body (a party, an office, a ministry, a force), not a person
 */
record Speaker(String name, String role, String party, boolean body) {

    static final Speaker UNKNOWN = new Speaker(null, null, null, false);

    static Speaker person(String name, String role, String party) {
        return new Speaker(name, role, party, false);
    }

    static Speaker body(String name, String party) {
        return new Speaker(name, null, party, true);
    }
}
