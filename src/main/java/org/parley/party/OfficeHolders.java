package org.parley.party;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The directory of people who held national offices that speak for a state or an organisation in
 * diplomacy ({@code officeholders.json}: heads of state and government, foreign and defence
 * ministers, spokespeople, envoys, 2015 onwards): who a name stands for on a date, and the party
 * that person spoke for then. Also reads unqualified national titles ("the Prime Minister") with
 * {@link NationalTitles}. Immutable and thread-safe.
 */
public final class OfficeHolders {

    private static final String BUNDLED = "/org/parley/party/officeholders.json";

    private final OfficeHoldersFile file;
    private final NationalTitles titles;
    private final HolderNames names;
    private final Map<String, List<Holder>> byOffice = new HashMap<>();

    OfficeHolders(OfficeHoldersFile file, NationalTitles titles) {
        this.file = file;
        this.titles = titles;
        this.names = new HolderNames(file.holders(), RoleLexicon.bundled());
        for (Holder h : file.holders()) {
            for (Holder.Term t : h.terms()) {
                List<Holder> holders = byOffice.computeIfAbsent(officeKey(t.office(), t.party()), k -> new ArrayList<>());
                if (!holders.contains(h)) {
                    holders.add(h);
                }
            }
        }
    }

    /** The directory shipped with Parley, its parties read against this registry. */
    public static OfficeHolders bundled(PartyRegistry registry) {
        try (InputStream in = OfficeHolders.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled office-holder directory " + BUNDLED + " is missing");
            }
            return new OfficeHolders(OfficeHoldersFile.read(in, registry, BUNDLED), NationalTitles.bundled(registry));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled office-holder directory: " + e.getMessage(), e);
        }
    }

    /**
     * The person a name stands for on a date: a full name or a listed variant ("Boris Johnson",
     * "Volodymyr Zelenskyy", "MBS"), whatever the date when only one holder has it; a surname alone
     * ("Mr Johnson") only when exactly one holder in office on that date has it. Empty when the
     * name is unknown or shared; a leading title ("President Putin") is read past.
     */
    public Optional<Holder> holderOf(String name, LocalDate date) {
        return names.find(name, date).map(HolderNames.Found::holder);
    }

    /**
     * The same, with the article deciding a surname alone: it stands for the holder only in an
     * article that also writes the holder's full name or a variant ("Boris Johnson ... Mr Johnson
     * said"), or that is about the holder's party on that date, naming it at least twice as often as
     * any other party ("Mr Morrison" in a story about Australia, not "Morrison's" in one about Cardiff).
     */
    public Optional<Holder> holderOf(String name, LocalDate date, ArticleContext context) {
        return names.find(name, date).filter(f -> !f.bySurname() || supported(f.holder(), date, context))
                .map(HolderNames.Found::holder);
    }

    /** The party a named person spoke for on a date ({@link Holder#partyOn}); empty when the name or the date leaves it open. */
    public Optional<Party> partyOf(String name, LocalDate date) {
        return holderOf(name, date).flatMap(h -> h.partyOn(date));
    }

    /** The party a named person spoke for on a date, a surname alone counting only as {@link #holderOf(String, LocalDate, ArticleContext)} says. */
    public Optional<Party> partyOf(String name, LocalDate date, ArticleContext context) {
        return holderOf(name, date, context).flatMap(h -> h.partyOn(date));
    }

    /**
     * The party an unqualified title names ("the Prime Minister", "the Chancellor") in an outlet of
     * this home country (a registry party name, or null when the outlet is unknown): the home
     * country's office where it has one, else the one country that has the title at all
     * ("Taoiseach"); empty otherwise ("the President" in a British paper).
     */
    public Optional<Party> partyOfOffice(String title, String homeCountryParty) {
        return titles.partyOfOffice(title, homeCountryParty);
    }

    /** The one person holding this office of this party on this day ("Prime Minister", United Kingdom, 2020-09-01: Boris Johnson). */
    public Optional<Holder> holderOfOffice(String office, Party party, LocalDate date) {
        if (date == null || party == null) {
            return Optional.empty();
        }
        Set<Holder> found = new LinkedHashSet<>();
        for (Holder h : byOffice.getOrDefault(officeKey(office, party), List.of())) {
            if (h.terms().stream().anyMatch(t -> officeKey(t.office(), t.party()).equals(officeKey(office, party))
                    && t.heldOn(date))) {
                found.add(h);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** Every person of the directory, in file order. */
    public List<Holder> holders() {
        return file.holders();
    }

    /** The titles read with this directory. */
    public NationalTitles titles() {
        return titles;
    }

    /** The day the data was last checked against the public record: later changes of office are not in it. */
    public LocalDate currentTo() {
        return file.currentTo();
    }

    /** Who compiled the data from what, and its licence. */
    public String source() {
        return file.source() + " Licence: " + file.licence();
    }

    private static boolean supported(Holder holder, LocalDate date, ArticleContext context) {
        if (context.writes(holder.name()) || holder.aliases().stream().anyMatch(a -> a.indexOf(' ') > 0 && context.writes(a))) {
            return true;
        }
        return holder.partyOn(date).map(context::about).orElse(false);
    }

    private static String officeKey(String office, Party party) {
        return NationalTitles.key(office) + "|" + party.name();
    }
}
