package org.parley.party;

import java.util.ArrayList;
import java.util.List;

/**
 * What one written form ("Brussels", "Russian", "the alliance") can name: one sense per party
 * that lists it. No senses means the form names something that is not a party ("New Mexico").
 */
record PartyForm(List<Sense> senses) {

    /** How a party lists a form. */
    enum Kind { NAME, CAPITAL, METONYM, DEMONYM, PHRASE }

    /**
     * One party a form can name.
     *
     * @param ambiguous the party lists the form as ambiguous: it also names something else
     */
    record Sense(Party party, Kind kind, boolean ambiguous) {

        /** Names the party only where the article is about that party. */
        boolean contextual() {
            return ambiguous || kind == Kind.PHRASE;
        }
    }

    static final PartyForm NOT_A_PARTY = new PartyForm(List.of());

    PartyForm {
        senses = List.copyOf(senses);
    }

    static PartyForm of(Sense sense) {
        return new PartyForm(List.of(sense));
    }

    /** This form with one more sense; a party listing the form twice keeps its first listing. */
    PartyForm with(Sense sense) {
        for (Sense s : senses) {
            if (s.party().name().equals(sense.party().name())) {
                return this;
            }
        }
        List<Sense> more = new ArrayList<>(senses);
        more.add(sense);
        return new PartyForm(more);
    }

    boolean namesParty() {
        return !senses.isEmpty();
    }

    /** The one party this form names whatever the article, or null when context must decide. */
    Party sole() {
        return senses.size() == 1 && !senses.get(0).contextual() ? senses.get(0).party() : null;
    }

    /** Every sense is a demonym: "Russian" names Russia inside a role, not on its own. */
    boolean demonym() {
        return namesParty() && senses.stream().allMatch(s -> s.kind() == Kind.DEMONYM);
    }

    /** Every sense is a capital or a seat of government ("Beijing", "the Kremlin"). */
    boolean metonym() {
        return namesParty() && senses.stream().allMatch(s -> s.kind() == Kind.METONYM || s.kind() == Kind.CAPITAL);
    }

    /** Every sense is a capital city: it stands for its state only in an article about that state. */
    boolean capital() {
        return namesParty() && senses.stream().allMatch(s -> s.kind() == Kind.CAPITAL);
    }

    /** Every sense is a name or a seat of government: words that can also be a person's name. */
    boolean proper() {
        return namesParty() && senses.stream().allMatch(s -> s.kind() == Kind.NAME || s.kind() == Kind.METONYM
                || s.kind() == Kind.CAPITAL);
    }

    /** The parties this form may name. */
    List<Party> parties() {
        return senses.stream().map(Sense::party).toList();
    }
}
