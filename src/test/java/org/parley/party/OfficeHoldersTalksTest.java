package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;

/**
 * The office-holder directory against the hand-made gold of the shared talks sets
 * ({@code ../shared/talks}, where present): every name and alias of a gold speaker that the
 * directory or an unqualified title resolves, on the date of an article where that speaker speaks,
 * must be that speaker with the gold's party, unless the gold gives the speaker no party (a state
 * not at the table). Counts are printed; nothing of the articles is kept.
 */
class OfficeHoldersTalksTest {

    private static final PartyRegistry REGISTRY = PartyRegistry.bundled();
    private static final OfficeHolders HOLDERS = OfficeHolders.bundled(REGISTRY);
    private static final UnqualifiedTitles TITLES = new UnqualifiedTitles(REGISTRY, HOLDERS, Outlets.bundled(REGISTRY));
    private static final PartyResolver RESOLVER = new PartyResolver(REGISTRY);

    @Test
    void whatTheDirectoryResolvesInRealCoverageNeverContradictsTheGold() throws IOException {
        Path talks = Path.of(System.getProperty("parley.shared", "../shared"), "talks");
        Assumptions.assumeTrue(Files.isDirectory(talks), "no talks sets at " + talks.toAbsolutePath());
        List<String> wrong = new ArrayList<>();
        Counts counts = new Counts();
        try (Stream<Path> sets = Files.list(talks)) {
            for (Path set : sets.filter(p -> Files.isRegularFile(p.resolve("gold.json"))).sorted().toList()) {
                check(set, counts, wrong);
            }
        }
        System.out.printf("talks gold: %d people with a statement; the directory resolves %d of them "
                + "(%d with the gold's party, %d the gold gives none); %d (person, article) pairs, %d by a form the text uses; "
                + "unqualified titles: %d resolved%n", counts.people.size(), counts.resolvedPeople.size(), counts.agreeing.size(),
                counts.noGoldParty.size(), counts.pairs, counts.formPairs, counts.titles);
        System.out.println("resolved where the gold gives no party: " + counts.noGoldParty);
        Set<String> unresolved = new LinkedHashSet<>(counts.people);
        unresolved.removeAll(counts.resolvedPeople);
        System.out.println("not resolved: " + unresolved);
        assertEquals(List.of(), wrong);
    }

    private static void check(Path set, Counts counts, List<String> wrong) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode gold = json.readTree(set.resolve("gold.json").toFile());
        Map<String, Party> parties = new HashMap<>();
        gold.path("parties").forEach(p -> partyOf(p).ifPresent(party -> parties.put(p.path("id").asText(), party)));
        Map<String, JsonNode> people = new HashMap<>();
        gold.path("people").forEach(p -> people.put(p.path("name").asText(), p));
        for (JsonNode article : gold.path("articles")) {
            String file = article.path("file").asText();
            Path text = set.resolve("text").resolve(file);
            JsonNode side = json.readTree(set.resolve("text").resolve(file.replaceAll("\\.txt$", ".json")).toFile());
            LocalDate date = LocalDate.parse(article.path("date").asText());
            String body = Files.readString(text);
            int start = body.indexOf("\n\n");
            Article a = new Article(file, body.substring(0, Math.max(start, 0)), body, start < 0 ? 0 : start + 2, date,
                    side.path("outlet").asText(null), null);
            for (String speaker : speakers(article)) {
                JsonNode person = people.get(speaker);
                if (person == null) {
                    continue;
                }
                String goldParty = person.path("party").isNull() ? null : person.path("party").asText();
                Party expected = goldParty == null ? null : parties.get(goldParty);
                boolean individual = !person.path("role").asText("").matches("(?i)(body|document|joint).*");
                if (individual) {
                    counts.people.add(set.getFileName() + ":" + speaker);
                }
                Set<String> forms = new LinkedHashSet<>();
                forms.add(speaker);
                person.path("aliases").forEach(f -> forms.add(f.asText()));
                for (String form : forms) {
                    boolean inText = body.contains(form);
                    Optional<Holder> byName = HOLDERS.holderOf(form, date, RESOLVER.context(a));
                    Optional<Holder> byTitle = byName.isPresent() || !inText ? Optional.empty() : TITLES.holderOf(form, a);
                    Optional<Holder> found = byName.or(() -> byTitle);
                    if (found.isEmpty()) {
                        continue;
                    }
                    counts.titles += byTitle.isPresent() ? 1 : 0;
                    counts.pairs++;
                    counts.formPairs += inText ? 1 : 0;
                    Optional<Party> party = found.get().partyOn(date);
                    String where = set.getFileName() + "/" + file + ": '" + form + "' (" + speaker + ", gold " + goldParty + ")";
                    if (!samePerson(found.get(), speaker, person) && expected != null) {
                        wrong.add(where + " is " + found.get().name());
                    } else if (expected != null && party.isPresent() && !party.get().name().equals(expected.name())) {
                        wrong.add(where + " -> " + party.get().name());
                    } else if (party.isPresent() && individual) {
                        counts.resolvedPeople.add(set.getFileName() + ":" + speaker);
                        (expected == null ? counts.noGoldParty : counts.agreeing).add(set.getFileName() + ":" + speaker);
                    }
                }
            }
        }
    }

    // A gold speaker the directory knows must be found as that person; a body, a document or a joint
    // statement ("Trump's 20-point plan") is no person of the directory, and only its party counts.
    private static boolean samePerson(Holder holder, String speaker, JsonNode person) {
        Optional<Holder> listed = HOLDERS.holderOf(speaker, null);
        return listed.isEmpty() || listed.get().name().equals(holder.name());
    }

    private static Set<String> speakers(JsonNode article) {
        Set<String> speakers = new LinkedHashSet<>();
        for (String list : List.of("direct_quotes", "positions")) {
            article.path(list).forEach(s -> {
                if (!s.path("speaker").isNull()) {
                    speakers.add(s.path("speaker").asText());
                }
            });
        }
        return speakers;
    }

    // A gold party id ("UK", "Opposition") is the registry party one of its names is.
    private static Optional<Party> partyOf(JsonNode goldParty) {
        for (JsonNode name : goldParty.path("names")) {
            Optional<Party> party = REGISTRY.byName(name.asText()).or(() -> REGISTRY.match(name.asText()));
            if (party.isPresent()) {
                return party;
            }
        }
        return Optional.empty();
    }

    private static final class Counts {
        final Set<String> people = new LinkedHashSet<>();
        final Set<String> resolvedPeople = new LinkedHashSet<>();
        final Set<String> agreeing = new LinkedHashSet<>();
        final Set<String> noGoldParty = new LinkedHashSet<>();
        int pairs;
        int formPairs;
        int titles;
    }
}
