package org.parley.party;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parties Parley knows, from the bundled registry and an optional parties file that adds
 * parties or replaces or extends bundled ones by name; answers which party a phrase names.
 */
public final class PartyRegistry {

    private static final String BUNDLED = "/org/parley/party/parties.json";

    private final Map<String, Party> byName;
    private final List<String> notParties;
    private final PartyIndex index;
    // Made, not listed: "Belarusian opposition" for Belarus; a parties file that names one makes it a listed party.
    private final Map<String, Party> oppositionByState;
    private final Map<String, Party> oppositionByName = new LinkedHashMap<>();

    private PartyRegistry(Map<String, Party> byName, List<String> notParties) {
        this.byName = Collections.unmodifiableMap(byName);
        this.notParties = List.copyOf(notParties);
        this.index = new PartyIndex(byName.values(), notParties);
        this.oppositionByState = Oppositions.bundled().partiesOf(byName.values());
        oppositionByState.values().forEach(p -> oppositionByName.put(p.name(), p));
    }

    /** The registry shipped with Parley: every UN member and observer state, Taiwan, Kosovo and the main organisations. */
    public static PartyRegistry bundled() {
        try (InputStream in = PartyRegistry.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled party registry " + BUNDLED + " is missing");
            }
            return of(PartiesFile.read(in, true, BUNDLED));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled party registry", e);
        }
    }

    /** A registry holding exactly the parties of one file. */
    public static PartyRegistry of(PartiesFile file) {
        return new PartyRegistry(new LinkedHashMap<>(), List.of()).with(file);
    }

    /** This registry extended by a parties file (JSON or YAML, the format of {@link PartiesFile}). */
    public PartyRegistry with(Path partiesFile) throws IOException {
        return with(PartiesFile.read(partiesFile));
    }

    /** This registry with a parties file's entries added, replacing or extending parties of the same name. */
    public PartyRegistry with(PartiesFile file) {
        Map<String, Party> merged = new LinkedHashMap<>(byName);
        for (PartiesFile.Entry entry : file.parties()) {
            String name = entry.party().name();
            merged.put(name, entry.over(merged.containsKey(name) ? merged.get(name) : oppositionByName.get(name)));
        }
        List<String> blocked = new ArrayList<>(notParties);
        blocked.addAll(file.notParties());
        return new PartyRegistry(merged, blocked);
    }

    /** The party with this short name, a state's opposition ("Belarusian opposition") included. */
    public Optional<Party> byName(String name) {
        Party listed = byName.get(name);
        return Optional.ofNullable(listed != null ? listed : oppositionByName.get(name));
    }

    /**
     * The opposition of a state as a party ("Belarusian opposition", kind {@code opposition}); empty
     * for a party that is no state. No role or mention names it unless a parties file lists it: a
     * caller decides whether a set treats the opposition as a side ({@link PartyResolver#oppositionOf}).
     */
    public Optional<Party> oppositionOf(Party state) {
        if (state == null) {
            return Optional.empty();
        }
        Party made = oppositionByState.get(state.name());
        return made == null ? Optional.empty() : byName(made.name());
    }

    /**
     * The party a phrase names whatever the article: its name, an alias, a demonym or a metonym
     * ("Russian", "Moscow"). Empty for forms that need an article to decide ("Brussels", "the alliance").
     */
    public Optional<Party> match(String phrase) {
        PartyForm form = index.lookup(phrase.strip());
        return Optional.ofNullable(form == null ? null : form.sole());
    }

    /** Every party the phrase may name, the ambiguous ones included ("Brussels": Belgium, European Union, NATO). */
    public List<Party> candidates(String phrase) {
        PartyForm form = index.lookup(phrase.strip());
        return form == null ? List.of() : form.parties();
    }

    /** Every party, in registry order. */
    public List<Party> parties() {
        return List.copyOf(byName.values());
    }

    PartyIndex index() {
        return index;
    }
}
