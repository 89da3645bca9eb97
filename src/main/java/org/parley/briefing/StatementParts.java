package org.parley.briefing;

import java.util.ArrayList;
import java.util.List;

import org.parley.extraction.Attribution;
import org.parley.extraction.Kind;
import org.parley.extraction.QuoteParts;
import org.parley.extraction.Span;

/**
 * The statements one attribution gives a briefing's exports: each quotation it holds is a quote of
 * its own ({@code "X," he said. "Y."} is two), and what a reported statement reports is a position,
 * whose quoted words are partial quotes besides. A statement that is all quotation is only quotes.
 * A position is a party's: what a speaker not at the table (or no one) is reported to have said is
 * not briefed; their quoted words are.
 */
final class StatementParts {

    /**
     * A quote (kind {@code direct}: form {@code full} or {@code partial}) or a position ({@code
     * indirect}: form {@code indirect} or {@code mixed}); {@code briefed} is false for a position
     * without a party at the table.
     */
    record Part(String kind, String form, Span span, boolean briefed) {
    }

    private StatementParts() {
    }

    static List<Part> of(Attribution attribution, QuoteParts quotes) {
        Span content = attribution.content();
        boolean seated = attribution.party() != null;
        List<Span> quoted = quotes.within(content);
        List<Part> parts = new ArrayList<>(quoted.size() + 1);
        if (attribution.kind() == Kind.INDIRECT || quoted.isEmpty()) {
            boolean direct = attribution.kind() == Kind.DIRECT;
            String form = attribution.kind() == Kind.INDIRECT ? "indirect" : attribution.kind().json();
            parts.add(new Part(direct ? "direct" : "indirect", form, content, direct || seated));
            return parts;
        }
        boolean reported = attribution.kind() == Kind.MIXED;
        if (reported) {
            parts.add(new Part("indirect", "mixed", content, seated));
        }
        for (Span q : quoted) {
            parts.add(new Part("direct", reported ? "partial" : "full", q, true));
        }
        return parts;
    }
}
