package org.parley.party;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * National titles written without a country ({@code titles.json}): which office "the Prime
 * Minister" or "the Chancellor" is in an outlet of a given home country, and the few titles that
 * exist in one country only ("Taoiseach"). A title the home country has no office for ("the
 * President" in a British paper) names no party.
 */
public final class NationalTitles {

    private static final String BUNDLED = "/org/parley/party/titles.json";
    private static final Set<String> FIELDS = Set.of("party", "office", "titles", "unique");

    /**
     * One office a title names.
     *
     * @param party  the party the office speaks for
     * @param office the office as the office-holder directory names it
     * @param unique the title exists in this country only, so it names the party whatever the outlet
     */
    public record Office(Party party, String office, boolean unique) {
    }

    private final Map<String, Map<String, Office>> byHome = new HashMap<>();
    private final Map<String, List<Office>> unique = new HashMap<>();
    private final Map<String, Set<String>> titlesOfOffice = new HashMap<>();
    private final Map<String, Set<Party>> partiesWithTitle = new HashMap<>();

    private NationalTitles(List<Office> offices, List<List<String>> titles) {
        for (int i = 0; i < offices.size(); i++) {
            Office office = offices.get(i);
            Set<String> keys = titlesOfOffice.computeIfAbsent(officeKey(office.party(), office.office()),
                    k -> new LinkedHashSet<>());
            keys.add(key(office.office()));
            for (String title : titles.get(i)) {
                keys.add(key(title));
                partiesWithTitle.computeIfAbsent(key(title), k -> new LinkedHashSet<>()).add(office.party());
                byHome.computeIfAbsent(office.party().name(), k -> new HashMap<>()).put(key(title), office);
                List<Office> only = unique.computeIfAbsent(key(title), k -> new ArrayList<>());
                if (office.unique() && !only.contains(office)) {
                    only.add(office); // "An Taoiseach" is "Taoiseach" once the article goes
                }
            }
        }
    }

    /** The titles shipped with Parley, their parties read against this registry. */
    public static NationalTitles bundled(PartyRegistry registry) {
        try (InputStream in = NationalTitles.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled national titles " + BUNDLED + " are missing");
            }
            return read(in, registry, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled national titles: " + e.getMessage(), e);
        }
    }

    static NationalTitles read(InputStream in, PartyRegistry registry, String source) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.path("offices").isArray()) {
            throw new IOException("titles file " + source + " must hold an 'offices' list");
        }
        List<Office> offices = new ArrayList<>();
        List<List<String>> titles = new ArrayList<>();
        for (JsonNode node : root.get("offices")) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!FIELDS.contains(field)) {
                    throw new IOException("titles file " + source + ": unknown field '" + field + "' in " + node);
                }
            }
            String name = node.path("party").asText("");
            Party party = registry.byName(name).orElseThrow(() -> new IOException("titles file " + source
                    + ": '" + name + "' is not a party of the registry"));
            String office = node.path("office").asText("");
            if (office.isBlank() || !node.path("titles").isArray()) {
                throw new IOException("titles file " + source + ": every office needs an office and titles: " + node);
            }
            offices.add(new Office(party, office, node.path("unique").asBoolean(false)));
            List<String> forms = new ArrayList<>();
            node.get("titles").forEach(t -> forms.add(t.asText()));
            titles.add(forms);
        }
        return new NationalTitles(offices, titles);
    }

    /**
     * The office an unqualified title names in an outlet of this home country (a registry party
     * name, or null when unknown): the home country's office with that title, else the office of
     * the one country that has the title at all; empty otherwise.
     */
    public Optional<Office> officeOf(String title, String homeCountryParty) {
        if (title == null) {
            return Optional.empty();
        }
        String key = key(title);
        Office home = homeCountryParty == null ? null : byHome.getOrDefault(homeCountryParty, Map.of()).get(key);
        if (home != null) {
            return Optional.of(home);
        }
        List<Office> only = unique.getOrDefault(key, List.of());
        return only.size() == 1 ? Optional.of(only.get(0)) : Optional.empty();
    }

    /** The party an unqualified title names in an outlet of this home country; see {@link #officeOf}. */
    public Optional<Party> partyOfOffice(String title, String homeCountryParty) {
        return officeOf(title, homeCountryParty).map(Office::party);
    }

    /** The parties that have an office with this title (folded), in their own outlets' reading. */
    Set<Party> partiesWithTitle(String titleKey) {
        return partiesWithTitle.getOrDefault(titleKey, Set.of());
    }

    /** Every title of an office, folded as {@link #key} folds them, the office's own name included. */
    Set<String> titlesOf(Party party, String office) {
        return titlesOfOffice.getOrDefault(officeKey(party, office), Set.of(key(office)));
    }

    /**
     * A title as titles are compared: lower case, without a leading article, hyphens and dashes as
     * spaces ("the Vice-President" = "vice president").
     */
    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[\\-\u2010\u2011\u2013]");
    private static final java.util.regex.Pattern END_PUNCTUATION = java.util.regex.Pattern.compile("[.,;:]+$");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static String key(String title) {
        if (KEYS.size() > 20_000) {
            KEYS.clear(); // a long-running service reads roles without end; keep the cache bounded
        }
        return KEYS.computeIfAbsent(title, NationalTitles::keyOf); // the same roles come back, article after article
    }

    private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String keyOf(String title) {
        String t = title.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        t = SPACES.matcher(END_PUNCTUATION.matcher(DASHES.matcher(t).replaceAll(" ")).replaceAll("")).replaceAll(" ");
        for (String article : List.of("the ", "a ", "an ")) {
            if (t.startsWith(article)) {
                return t.substring(article.length()).strip();
            }
        }
        return t;
    }

    private static String officeKey(Party party, String office) {
        return party.name() + "|" + key(office);
    }
}
