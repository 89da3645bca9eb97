package org.parley.article;

import java.time.LocalDate;

/**
 * An article of a run as a list of sources shows it, without its text: where and when it was
 * published, and which article of its story it copies or updates.
 *
 * @param doc      the article's name, as {@link Article#doc()}
 * @param title    its headline
 * @param date     its publication date, or null
 * @param outlet   its outlet, or null
 * @param url      its link, or null
 * @param copyOf   the article it is a copy of (merged into it, not extracted), or null
 * @param updateOf the earlier version it updates (both are extracted), or null
 */
public record Listing(String doc, String title, LocalDate date, String outlet, String url, String copyOf,
                      String updateOf) {

    /** The outlet, or the document name when the outlet is unknown. */
    public String outletOrDoc() {
        return outlet != null ? outlet : doc;
    }

    /** The article whose statements stand for this one's: the one it copies, else itself. */
    public String original() {
        return copyOf != null ? copyOf : doc;
    }
}
