package org.parley.briefing;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.parley.article.NearDuplicateTexts;

/**
 * Statements that say the same thing, as several outlets or articles reported it, grouped by
 * content similarity and ordered most widely reported first.
 */
final class StatementGroups {

    private StatementGroups() {
    }

    /** One group: its statements in source order. */
    record Group(List<Said> members, SourceList sources) {

        /** The wording shown: the earliest source's. */
        Said first() {
            return members.stream().min(Comparator.comparingInt(s -> sources.number(s.article()))).orElseThrow();
        }

        /** The first member that names a speaker, else the first. */
        Said voiced() {
            return members.stream().filter(s -> s.speaker() != null).findFirst().orElse(first());
        }

        List<Integer> citations() {
            return sources.numbers(members);
        }

        int outlets() {
            Set<String> outlets = new LinkedHashSet<>();
            members.forEach(s -> outlets.addAll(s.outlets()));
            return outlets.size();
        }
    }

    /** The statements grouped, most outlets first, then most sources, then earliest source. */
    static List<Group> of(List<Said> said, SourceList sources) {
        return NearDuplicateTexts.group(said, Said::text).stream()
                .map(members -> new Group(members, sources))
                .sorted(Comparator.comparingInt(Group::outlets).reversed()
                        .thenComparing(g -> -g.citations().size())
                        .thenComparing(g -> g.citations().get(0)))
                .toList();
    }
}
