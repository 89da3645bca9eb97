package org.parley.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which rounds the page lists: those whose title, forum, place, parties or dates contain a text,
 * whose first day lies between two dates, and with a party at the table; a page of ten at a time.
 */
public final class RoundsFilter {

    /** How many rounds a page shows. */
    static final int PAGE = 10;

    private final String text;
    private final LocalDate from;
    private final LocalDate to;
    private final String party;
    private final int page;

    private RoundsFilter(String text, LocalDate from, LocalDate to, String party, int page) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.party = party;
        this.page = page;
    }

    /** The filter a request names; a date that is no date, or a page that is no page number, is refused naming its field. */
    static RoundsFilter of(String text, String from, String to, String party, String page) {
        String t = strip(text);
        String p = strip(party);
        if (t.length() > 200 || p.length() > 200) {
            throw new IllegalArgumentException("Search and Party take at most 200 characters");
        }
        String n = strip(page);
        if (!n.isEmpty() && (!n.matches("\\d{1,6}") || Integer.parseInt(n) < 1)) {
            throw new IllegalArgumentException("Rounds page must be a page number from 1, not '"
                    + (n.length() > 20 ? n.substring(0, 20) : n) + "'");
        }
        return new RoundsFilter(t, date("From", from), date("To", to), p, n.isEmpty() ? 1 : Integer.parseInt(n));
    }

    private static LocalDate date(String field, String value) {
        String v = strip(value);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be a date written 2026-03-09, not '"
                    + (v.length() > 20 ? v.substring(0, 20) : v) + "'");
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** Whether a round is one the filter asks for. */
    boolean matches(RoundsResource.RoundView r) {
        if (!party.isEmpty() && !r.parties().contains(party)) {
            return false;
        }
        if (from != null || to != null) {
            LocalDate start = r.start() == null ? null : LocalDate.parse(r.start());
            if (start == null || from != null && start.isBefore(from) || to != null && start.isAfter(to)) {
                return false;
            }
        }
        if (text.isEmpty()) {
            return true;
        }
        String haystack = String.join(" ", r.title(), r.dates(), r.forum() == null ? "" : r.forum(),
                r.place() == null ? "" : r.place(), String.join(" ", r.parties())).toLowerCase(Locale.ROOT);
        return haystack.contains(text.toLowerCase(Locale.ROOT));
    }

    public String getText() {
        return text;
    }

    public String getFrom() {
        return from == null ? "" : from.toString();
    }

    public String getTo() {
        return to == null ? "" : to.toString();
    }

    public String getParty() {
        return party;
    }

    int page() {
        return page;
    }

    /** Whether anything is asked for beyond a page. */
    public boolean isNarrowed() {
        return !text.isEmpty() || from != null || to != null || !party.isEmpty();
    }

    /** The filter's fields by their query names, for the other forms of the page to carry along. */
    public Map<String, String> getFields() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("q", text);
        out.put("from", getFrom());
        out.put("to", getTo());
        out.put("party", party);
        return out;
    }

    /** The query of another page of this filter ("?q=geneva&roundsPage=2"). */
    String query(int otherPage) {
        StringBuilder q = new StringBuilder();
        getFields().forEach((name, value) -> {
            if (!value.isEmpty()) {
                q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        if (otherPage > 1) {
            q.append("&roundsPage=").append(otherPage);
        }
        return q.length() == 0 ? "" : "?" + q.substring(1);
    }
}
