package org.parley.article;

import java.util.List;

/**
 * One story of a run: its versions, each extracted, and the copies merged into them.
 *
 * @param members every article of the story in story order: by date (undated last), then the
 *                shorter first, then by doc name
 */
public record Story(List<Member> members) {

    public Story {
        members = List.copyOf(members);
    }

    /** What an article is to its story. */
    public enum Role {
        /** The first version of the story, or a story of its own. */
        ORIGINAL,
        /** A later version that adds text to an earlier one; extracted on its own. */
        UPDATE,
        /** A copy or cut of another member that adds no text of its own; merged into it. */
        COPY
    }

    /**
     * An article of the story.
     *
     * @param doc  the article
     * @param role what it is to the story
     * @param of   for a copy, the version it copies; for an update, the version it updates; else null
     */
    public record Member(String doc, Role role, String of) {
    }

    /** The first version: the earliest member that is no copy and no update. */
    public String first() {
        return members.stream().filter(m -> m.role() == Role.ORIGINAL).findFirst().orElseThrow().doc();
    }

    /** The docs of every member, in story order. */
    public List<String> docs() {
        return members.stream().map(Member::doc).toList();
    }

    /** True when one article alone carried the story: no copy, no other version. */
    public boolean single() {
        return members.size() == 1;
    }
}
