package org.parley.briefing;

import java.time.Instant;
import java.util.List;

/**
 * The view model of one round's briefing, everything a template needs and nothing it must compute.
 *
 * @param roundId      the round's stable id
 * @param title        the round's title ("NATO-Russia Council, Brussels")
 * @param forum        the meeting or format, or null
 * @param place        the city, or null
 * @param dates        the dates as a reader should see them ("Wednesday 12 January 2022"; "12 January, year not given")
 * @param parties      one section per party, most statements first; unattributed statements last under "Unattributed"
 * @param sources      the articles cited, numbered from 1
 * @param articleCount how many distinct articles fed this round
 * @param outletCount  how many outlets carried them
 * @param generatedAt  when the briefing was made
 * @param notes        plain sentences for the method section (skips, statements without party)
 */
public record Briefing(String roundId, String title, String forum, String place, String dates,
                       List<PartySection> parties, List<Source> sources, int articleCount, int outletCount,
                       Instant generatedAt, List<String> notes) {

    /** What one party said about this round. */
    public record PartySection(String party, List<Position> positions, List<Quote> quotes, List<Speaker> speakers) {
    }

    /** A reported position, said once or by several outlets. */
    public record Position(String text, String speaker, String role, List<Integer> sources, int outlets) {
    }

    /** A direct quote with who said it and where it was reported. */
    public record Quote(String text, String speaker, String role, List<Integer> sources, String outlet, String date) {
    }

    /** A person who spoke for a party, with the role the articles give. */
    public record Speaker(String name, String role) {
    }

    /** A numbered source article. */
    public record Source(int number, String outlet, String date, String title, String url, String doc) {
    }
}
