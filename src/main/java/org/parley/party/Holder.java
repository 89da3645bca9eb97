package org.parley.party;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person of the office-holder directory ({@code officeholders.json}): the national and
 * international offices they held, each for one party and between two dates, and the names the
 * news gives them.
 *
 * @param name     the canonical full name ("Sviatlana Tsikhanouskaya")
 * @param surnames the forms the news uses alone ("Tsikhanouskaya", "Tikhanovskaya"); they stand for
 *                 the person only where no other holder in office on the date has them
 * @param aliases  other full names and transliterations ("Svetlana Tikhanovskaya"), nicknames ("MBS")
 * @param terms    the offices held, in the order of the file
 * @param note     what the compilers were unsure of, or null
 */
public record Holder(String name, List<String> surnames, List<String> aliases, List<Term> terms, String note) {

    /** How lately a term must have ended for a person out of office to keep its party ("a year"). */
    static final long NEAREST_TERM_DAYS = 366;

    public Holder {
        Objects.requireNonNull(name, "name");
        surnames = List.copyOf(surnames);
        aliases = List.copyOf(aliases);
        terms = List.copyOf(terms);
    }

    /**
     * One office held for one party.
     *
     * @param office the office as the directory names it ("Prime Minister", "Secretary of State")
     * @param party  the party the office speaks for
     * @param start  the first day in office; for a date known to the month or year, its first day
     * @param end    the last day in office (null while in office); for a month or year, its last day
     * @param note   how sure the dates are, or null when they are exact
     */
    public record Term(String office, Party party, LocalDate start, LocalDate end, String note) {

        public Term {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(start, "start");
            if (end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("the term as " + office + " ends before it starts");
            }
        }

        /** Whether the office was held on this day. */
        public boolean heldOn(LocalDate date) {
            return !date.isBefore(start) && (end == null || !date.isAfter(end));
        }

        /** Days between this day and the term: 0 inside it. */
        long daysFrom(LocalDate date) {
            if (date.isBefore(start)) {
                return ChronoUnit.DAYS.between(date, start);
            }
            return end == null || !date.isAfter(end) ? 0 : ChronoUnit.DAYS.between(end, date);
        }
    }

    /** The offices held on this day. */
    public List<Term> termsOn(LocalDate date) {
        return terms.stream().filter(t -> t.heldOn(date)).toList();
    }

    /** Whether the person held an office of the directory on this day. */
    public boolean inOfficeOn(LocalDate date) {
        return date != null && terms.stream().anyMatch(t -> t.heldOn(date));
    }

    /**
     * The party the person spoke for on this day: that of the offices held then, else that of the
     * term that ended most lately, within a year; empty when none ended that lately or two parties
     * are as near ("Michel Barnier" is the European Union in 2020 and France in late 2024). A term
     * not yet begun gives no party: a candidate or a president-elect is not yet the government (Joe
     * Biden in 2020). Without a date, the one party of all the person's terms, if there is one.
     */
    public Optional<Party> partyOn(LocalDate date) {
        if (date == null) {
            return onlyParty(terms);
        }
        List<Term> begun = terms.stream().filter(t -> !t.start().isAfter(date)).toList();
        long nearest = begun.stream().mapToLong(t -> t.daysFrom(date)).min().orElse(Long.MAX_VALUE);
        if (nearest > NEAREST_TERM_DAYS) {
            return Optional.empty();
        }
        return onlyParty(begun.stream().filter(t -> t.daysFrom(date) == nearest).toList());
    }

    private static Optional<Party> onlyParty(List<Term> terms) {
        List<String> parties = terms.stream().map(t -> t.party().name()).distinct().toList();
        return parties.size() == 1 ? Optional.of(terms.get(0).party()) : Optional.empty();
    }
}
