package org.parley.round;

import java.text.Normalizer;
import java.util.Locale;

/** Lower-case ASCII slugs for round ids, the same on every machine and in every run. */
final class Slugs {

    private Slugs() {
    }

    /** "NATO-Russia Council" -> "nato-russia-council"; "Genève" -> "geneve". */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        // Normalizing is slow, and most names are plain ASCII already.
        String ascii = text.chars().allMatch(c -> c < 128) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[’']", "").replaceAll("[^a-z0-9+]+", "-")
                .replace("+", "plus").replaceAll("(^-+|-+$)", "");
    }

    /** Parts joined by hyphens, blank parts left out. */
    static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            String s = slug(part);
            if (!s.isEmpty()) {
                out.append(out.length() == 0 ? "" : "-").append(s);
            }
        }
        return out.toString();
    }
}
