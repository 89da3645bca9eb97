package org.parley.extraction;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The regular forms of an English verb: base, third person singular, past and present participle
 * ("argue, argues, argued, arguing"). Irregular verbs list their forms in the lexicon instead.
 */
final class Inflections {

    private static final String VOWELS = "aeiou";

    private Inflections() {
    }

    /**
     * The forms of a regular verb; {@code doubles} when its last consonant doubles ("admit",
     * "admitted").
     */
    static Set<String> of(String verb, boolean doubles) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(verb);
        forms.add(thirdPerson(verb));
        String stem = doubles ? verb + verb.charAt(verb.length() - 1) : verb;
        forms.add(past(stem));
        forms.add(participle(stem));
        return forms;
    }

    private static String thirdPerson(String verb) {
        if (verb.endsWith("s") || verb.endsWith("x") || verb.endsWith("z") || verb.endsWith("ch")
                || verb.endsWith("sh") || verb.endsWith("o")) {
            return verb + "es";
        }
        return consonantY(verb) ? verb.substring(0, verb.length() - 1) + "ies" : verb + "s";
    }

    private static String past(String verb) {
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        return consonantY(verb) ? verb.substring(0, verb.length() - 1) + "ied" : verb + "ed";
    }

    private static String participle(String verb) {
        if (verb.endsWith("ie")) {
            return verb.substring(0, verb.length() - 2) + "ying";
        }
        if (verb.endsWith("e") && !verb.endsWith("ee") && !verb.endsWith("ye") && !verb.endsWith("oe")) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        return verb + "ing";
    }

    private static boolean consonantY(String verb) {
        return verb.length() > 1 && verb.endsWith("y") && VOWELS.indexOf(verb.charAt(verb.length() - 2)) < 0;
    }
}
