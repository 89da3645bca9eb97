package org.parley.extraction;

/**
 * A source mention taken apart: what kind of words it is, the name in it, and the role it gives.
 *
 * @param kind what the mention is
 * @param name the person's or organisation's name as written ("Alexander Grushko", "Grushko"), or
 *             the pronoun, or null for a bare role
 * @param role the role written with it ("Russian Deputy Foreign Minister", "the minister" -> "minister"), or null
 * @param text the whole mention as written
 */
record Mention(Kind kind, String name, String role, String text) {

    /** What a source mention is made of. */
    enum Kind {
        /** "he", "she", "they". */
        PRONOUN,
        /** Words with a capitalised name: "NATO Secretary-General Jens Stoltenberg", "Mr. Grushko", "Interfax". */
        NAME,
        /** A role without a name: "the minister", "a spokesman". */
        ROLE
    }

    /** The last word of the name: the surname of a person. */
    String surname() {
        String[] words = name.split(" ");
        return words[words.length - 1];
    }

    /** The last word of the role: its head noun ("minister"). */
    String roleHead() {
        String[] words = role.split(" ");
        return words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    }
}
