package org.parley.party;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The office-holder directory as written in {@code officeholders.json} (format in
 * {@code FORMAT.md}): where it comes from, the day it is current to, and its people with their
 * terms. A date is a day ({@code 2019-07-24}), a month ({@code 2020-08}) or a year ({@code 2022});
 * a date less precise than a day needs the term's note saying so.
 *
 * @param source    who compiled it from what
 * @param licence   the licence it is released under
 * @param currentTo the day the data was last checked against the public record
 * @param holders   the people, in file order
 */
record OfficeHoldersFile(String source, String licence, LocalDate currentTo, List<Holder> holders) {

    private static final Set<String> HOLDER_FIELDS = Set.of("name", "surnames", "aliases", "terms", "note");
    private static final Set<String> TERM_FIELDS = Set.of("office", "party", "start", "end", "note");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    OfficeHoldersFile {
        holders = List.copyOf(holders);
    }

    static OfficeHoldersFile read(InputStream in, PartyRegistry registry, String source) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.path("holders").isArray()) {
            throw new IOException("office-holder file " + source + " must hold a 'holders' list");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("holders") && !field.startsWith("_")) {
                throw new IOException("office-holder file " + source + " has unknown field '" + field + "'");
            }
        }
        List<Holder> holders = new ArrayList<>();
        for (JsonNode node : root.get("holders")) {
            holders.add(holder(node, registry, source));
        }
        LocalDate current = LocalDate.parse(required(root, "_current", source));
        return new OfficeHoldersFile(required(root, "_source", source), required(root, "_licence", source),
                current, holders);
    }

    private static Holder holder(JsonNode node, PartyRegistry registry, String source) throws IOException {
        String name = node.path("name").asText("");
        String where = "office-holder file " + source + ": holder '" + name + "'";
        if (name.isBlank()) {
            throw new IOException("office-holder file " + source + ": every holder needs a name, found " + node);
        }
        checkFields(node, HOLDER_FIELDS, where);
        List<Holder.Term> terms = new ArrayList<>();
        for (JsonNode term : node.path("terms")) {
            terms.add(term(term, registry, where));
        }
        if (terms.isEmpty()) {
            throw new IOException(where + " holds no office: give at least one term");
        }
        return new Holder(name, strings(node, "surnames", where), strings(node, "aliases", where), terms,
                text(node, "note"));
    }

    private static Holder.Term term(JsonNode node, PartyRegistry registry, String where) throws IOException {
        checkFields(node, TERM_FIELDS, where);
        String office = node.path("office").asText("");
        String partyName = node.path("party").asText("");
        Party party = registry.byName(partyName).orElseThrow(() -> new IOException(where + ": the party '"
                + partyName + "' of the term as " + office + " is not a party of the registry"));
        String note = text(node, "note");
        String start = node.path("start").asText("");
        String end = text(node, "end");
        String at = where + ", term as " + office;
        if (office.isBlank()) {
            throw new IOException(where + ": a term has no office");
        }
        try {
            return new Holder.Term(office, party, first(start, note, at), end == null ? null : last(end, note, at), note);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IOException(at + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate first(String date, String note, String at) throws IOException {
        if (DAY.matcher(date).matches()) {
            return LocalDate.parse(date);
        }
        requireNote(date, note, at);
        return MONTH.matcher(date).matches() ? YearMonth.parse(date).atDay(1) : LocalDate.of(year(date, at), 1, 1);
    }

    private static LocalDate last(String date, String note, String at) throws IOException {
        if (DAY.matcher(date).matches()) {
            return LocalDate.parse(date);
        }
        requireNote(date, note, at);
        return MONTH.matcher(date).matches() ? YearMonth.parse(date).atEndOfMonth() : LocalDate.of(year(date, at), 12, 31);
    }

    private static int year(String date, String at) throws IOException {
        if (!YEAR.matcher(date).matches()) {
            throw new IOException(at + ": '" + date + "' is no date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        return Integer.parseInt(date);
    }

    private static void requireNote(String date, String note, String at) throws IOException {
        if (note == null || note.isBlank()) {
            throw new IOException(at + ": the date '" + date + "' is not a day, so the term needs a note saying why");
        }
    }

    private static void checkFields(JsonNode node, Set<String> known, String where) throws IOException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                throw new IOException(where + " has unknown field '" + field + "'; known fields are " + known);
            }
        }
    }

    private static List<String> strings(JsonNode node, String field, String where) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IOException(where + ": '" + field + "' must be a list of strings");
        }
        List<String> list = new ArrayList<>();
        value.forEach(v -> list.add(v.asText()));
        return list;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(JsonNode root, String field, String source) throws IOException {
        String value = text(root, field);
        if (value == null || value.isBlank()) {
            throw new IOException("office-holder file " + source + " must say its '" + field + "'");
        }
        return value;
    }
}
