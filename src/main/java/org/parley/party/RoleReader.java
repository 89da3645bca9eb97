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
        Reading reading = new Reading(tokens);
        List<PartyIndex.Match> matches = index.scan(tokens);
        int next = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (next < matches.size() && matches.get(next).from() == i) {
                PartyIndex.Match m = matches.get(next++);
                reading.party(m);
                i = m.to() - 1;
            } else if (!reading.word(RoleLexicon.lower(tokens.get(i).text()))) {
                break;
            }
        }
        return reading.evidence();
    }

    /** The state of reading one role, word by word. */
    private final class Reading {

        private final List<Token> tokens;
        private final List<PartyForm> forms = new ArrayList<>();
        private final StringBuilder words = new StringBuilder(" ");
        private boolean office;
        private boolean disqualified;
        private String objectWord;
        private String lastOffice;
        private String previous = "";
        private String beforePrevious = "";

        Reading(List<Token> tokens) {
            this.tokens = tokens;
        }

        void party(PartyIndex.Match m) {
            if (!m.form().namesParty() || m.inCompound(tokens) || insideName(m)) {
                return;
            }
            if (objectWord == null || organFollows(m.to()) || seatOfOrgan(m) || servesOffice(m)) {
                forms.add(m.form());
            }
        }

        /** Takes one word that is not part of a party's form; false when the role ends here. */
        boolean word(String word) {
            if (lexicon.clauseWords().contains(word)) {
                return false;
            }
            words.append(word).append(' ');
            // "state media", "state television", "the state news agency": an organ of the state, not the press
            boolean ofTheState = isState(previous) || previous.equals("news") && isState(beforePrevious);
            beforePrevious = previous;
            previous = word;
            if (lexicon.offices().contains(word) || ofTheState && lexicon.disqualifiers().contains(word)) {
                office = true;
                lastOffice = word;
            }
            disqualified |= lexicon.disqualifiers().contains(word) && !ofTheState && !isState(word) || isYear(word);
            // "by the Kuwaiti Assistant Foreign Minister": a preposition before any office takes no object
            if (office && lexicon.objectWords().contains(word)) {
                objectWord = word;
            } else if (lexicon.affiliationWords().contains(word)) {
                objectWord = null;
            }
            return true;
        }

        private static boolean isState(String word) {
            return word.equals("state") || word.equals("state-run") || word.equals("state-controlled")
                    || word.equals("state-owned");
        }

        Evidence evidence() {
            boolean ruledOut = disqualified || lexicon.hasDisqualifyingPhrase(words.toString());
            return new Evidence(List.copyOf(forms), office, ruledOut);
        }

        // "a spokeswoman for the Israeli Defense Ministry": the object is the speaker's own body.
        private boolean organFollows(int from) {
            for (int i = from; i < tokens.size(); i++) {
                String w = RoleLexicon.lower(tokens.get(i).text());
                if (lexicon.organs().contains(w)) {
                    return true; // "the Polish Border Guard": an organ, though "guard" is a portfolio too
                }
                if (!tokens.get(i).isPossessive() && !lexicon.portfolios().contains(w)) {
                    return false;
                }
            }
            return false;
        }

        // "an adviser to Ukraine's president", "an aide to the Russian foreign minister": staff of an office of that party.
        private boolean servesOffice(PartyIndex.Match m) {
            if (!("to".equals(objectWord) || "for".equals(objectWord)) || !lexicon.staff().contains(lastOffice)) {
                return false;
            }
            int i = m.to();
            while (i < tokens.size() && (tokens.get(i).isPossessive()
                    || lexicon.portfolios().contains(RoleLexicon.lower(tokens.get(i).text())))) {
                i++;
            }
            return i < tokens.size() && lexicon.offices().contains(RoleLexicon.lower(tokens.get(i).text()));
        }

        // "the government in Beijing": a seat of government after a body of a party, nothing named before.
        private boolean seatOfOrgan(PartyIndex.Match m) {
            return "in".equals(objectWord) && forms.isEmpty() && lexicon.organs().contains(lastOffice)
                    && m.form().metonym();
        }

        // "American Bridge President", "NARAL Pro-Choice America": a capitalised word joined to the
        // party by a space and not part of a role makes the party part of an organisation's name.
        private boolean insideName(PartyIndex.Match m) {
            return foreignCapital(m.from() - 1, tokens.get(m.from()).spaceBefore())
                    || (m.to() < tokens.size() && foreignCapital(m.to(), tokens.get(m.to()).spaceBefore()));
        }

        private boolean foreignCapital(int i, boolean joined) {
            if (i < 0 || !joined) {
                return false;
            }
            Token word = tokens.get(i);
            return word.startsUpper() && !lexicon.mayFlankParty(RoleLexicon.lower(word.text()));
        }
    }

    // "ambassador to the United States from 2007 to 2013": a role with a year is almost always one held in the past.
    private static boolean isYear(String word) {
        return word.length() == 4 && (word.startsWith("19") || word.startsWith("20"))
                && Character.isDigit(word.charAt(2)) && Character.isDigit(word.charAt(3));
    }
}
