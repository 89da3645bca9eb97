package org.parley.briefing;

import java.text.Normalizer;
import java.util.Locale;

/** Turns display names into ids that are valid as XML ids, Word bookmark names and file names. */
final class Slugs {

    private Slugs() {
    }

    /**
     * Lower-case ASCII letters, digits and single underscores; accents are dropped ("Šefčovič" ->
     * "sefcovic") and letters with no ASCII base become their code point ("Лавров" -> "u41bu430...")
     * so that names in other scripts stay distinct.
     */
    static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder slug = new StringBuilder();
        plain.codePoints().forEach(cp -> {
            if (cp < 128 && Character.isLetterOrDigit(cp)) {
                slug.append(Character.toLowerCase((char) cp));
            } else if (Character.isLetterOrDigit(cp)) {
                slug.append('u').append(Integer.toHexString(cp));
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '_') {
                slug.append('_');
            }
        });
        String result = slug.toString().replaceAll("_$", "");
        return result.isEmpty() ? "x" : result.toLowerCase(Locale.ROOT);
    }
}
