package org.parley.party;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a role or a descriptive mention ("Russian Deputy Foreign Minister", "the head of the
 * Ukrainian delegation to the talks with Russia", "a Russian analyst") into the evidence it gives
 * about the speaker's party: which parties it names as the speaker's own, whether it names an
 * office at the table, and whether something rules the speaker out.
 */
final class RoleReader {

    /**
     * What a role says.
     *
     * @param forms        the forms naming the speaker's own party, in order (not objects, not compounds)
     * @param office       names an office that speaks for a party
     * @param disqualified says the speaker is not at the table (former, opposition, analyst ...)
     */
    record Evidence(List<PartyForm> forms, boolean office, boolean disqualified) {
    }

    private final PartyIndex index;
    private final RoleLexicon lexicon;

    RoleReader(PartyIndex index, RoleLexicon lexicon) {
        this.index = index;
        this.lexicon = lexicon;
    }

    Evidence read(List<Token> tokens) {
        List<PartyIndex.Match> matches = index.scan(tokens);
        List<PartyForm> forms = new ArrayList<>();
        StringBuilder words = new StringBuilder(" ");
        boolean office = false;
        boolean disqualified = false;
        boolean object = false;
        int next = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (next < matches.size() && matches.get(next).from() == i) {
                PartyIndex.Match m = matches.get(next++);
                if (m.form().namesParty() && !object && !m.inCompound(tokens) && !insideName(tokens, m)) {
                    forms.add(m.form());
                }
                i = m.to() - 1;
                continue;
            }
            String word = RoleLexicon.lower(tokens.get(i).text());
            if (lexicon.clauseWords().contains(word)) {
                break;
            }
            words.append(word).append(' ');
            office |= lexicon.offices().contains(word);
            disqualified |= lexicon.disqualifiers().contains(word) || isYear(word);
            if (lexicon.objectWords().contains(word)) {
                object = true;
            } else if (lexicon.affiliationWords().contains(word)) {
                object = false;
            }
        }
        disqualified |= lexicon.hasDisqualifyingPhrase(words.toString());
        return new Evidence(List.copyOf(forms), office, disqualified);
    }

    // "American Bridge President", "NARAL Pro-Choice America": a capitalised word joined to the
    // party by a space and not part of a role makes the party part of an organisation's name.
    private boolean insideName(List<Token> tokens, PartyIndex.Match m) {
        return foreignCapital(tokens, m.from() - 1, tokens.get(m.from()).spaceBefore())
                || (m.to() < tokens.size() && foreignCapital(tokens, m.to(), tokens.get(m.to()).spaceBefore()));
    }

    private boolean foreignCapital(List<Token> tokens, int i, boolean joined) {
        if (i < 0 || !joined) {
            return false;
        }
        Token word = tokens.get(i);
        return word.startsUpper() && !lexicon.mayFlankParty(RoleLexicon.lower(word.text()));
    }

    // "ambassador to the United States from 2007 to 2013": a role with a year is almost always one held in the past.
    private static boolean isYear(String word) {
        return word.length() == 4 && (word.startsWith("19") || word.startsWith("20"))
                && Character.isDigit(word.charAt(2)) && Character.isDigit(word.charAt(3));
    }
}
