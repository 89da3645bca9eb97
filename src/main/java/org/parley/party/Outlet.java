package org.parley.party;

import java.util.List;
import java.util.Objects;

/**
 * A news outlet of {@code outlets.json}: its home country, and whether titles it writes without a
 * country ("the Prime Minister") are that country's.
 *
 * @param name       the outlet's usual name ("BBC News")
 * @param home       the party of its home country
 * @param state      a state medium, whose reports speak for its government ("Belta", "TASS")
 * @param homeTitles whether it writes for its home country, so that an unqualified national title
 *                   is the home country's; false for wire services and international broadcasters
 *                   ("Reuters", "Al Jazeera"), whose unqualified titles are those of the country in the story
 * @param variants   other names and domains it is given in a {@code source:} line ("BBC", "bbc.co.uk")
 */
public record Outlet(String name, Party home, boolean state, boolean homeTitles, List<String> variants) {

    public Outlet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(home, "home");
        variants = List.copyOf(variants);
    }
}
