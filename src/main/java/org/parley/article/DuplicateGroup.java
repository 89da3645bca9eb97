package org.parley.article;

import java.util.List;

/**
 * Copies of one story: the article that counts, every copy, and every outlet that carried it.
 *
 * @param canonical the earliest copy (by date, undated last, then by doc name)
 * @param members   every copy's doc, the canonical one first, then by date and doc name
 * @param outlets   the outlets that carried it (the doc name where the outlet is unknown), distinct,
 *                  in the order of {@code members}
 */
public record DuplicateGroup(String canonical, List<String> members, List<String> outlets) {

    public DuplicateGroup {
        members = List.copyOf(members);
        outlets = List.copyOf(outlets);
    }

    /** True when more than one article carried the story. */
    public boolean hasCopies() {
        return members.size() > 1;
    }
}
