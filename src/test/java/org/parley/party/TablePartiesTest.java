package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The parties at the table, from how passages we wrote describe the talks. */
class TablePartiesTest {

    private static final TableParties TABLE = new TableParties(PartyRegistry.bundled());

    @Test
    void sidesAndMediatorsWrittenTwiceSitAtTheTable() {
        TableParties.Table table = TABLE.of(List.of(
                "Armenia-Azerbaijan peace talks resumed in Washington on Monday, mediated by the United States.",
                "Talks between Armenia and Azerbaijan stalled. Azerbaijan's delegation left early.",
                "The US-brokered talks were praised by France. Armenia and Azerbaijan held talks again.",
                "Russia said the region needed calm."));
        assertEquals(List.of("Armenia", "Azerbaijan", "United States"), table.parties().stream().sorted().toList());
        assertTrue(table.atTable("Azerbaijan"));
        assertFalse(table.atTable("France"));
        assertFalse(table.atTable("Russia"));
    }

    @Test
    void aWarsCeasefireDoesNotSeatItsSides() {
        TableParties.Table table = TABLE.of(List.of(
                "US-Iran nuclear talks were due in Muscat. Iran's delegation said it would attend.",
                "The US and Iran were in talks when Israel struck. An Israel-Iran ceasefire was agreed.",
                "Israel and Iran agreed a ceasefire."));
        assertEquals(List.of("Iran", "United States"), table.parties());
        assertFalse(table.atTable("Israel"));
    }

    @Test
    void coverageOfACrisisRulesNoOneOut() {
        TableParties.Table table = TABLE.of(List.of("Lithuania closed its border. Poland said it was ready to help.",
                "Ukraine condemned the expulsion. The EU announced sanctions."));
        assertFalse(table.talks());
        assertTrue(table.atTable("Poland"));
        assertEquals(List.of(), table.parties());
    }

    @Test
    void mediatorsListedAfterAWordOfTalksSitAtTheTable() {
        TableParties.Table table = TABLE.of(List.of(
                "Egyptian and Qatari mediators met the delegations. Talks between Israel and Egypt went on.",
                "Mediators from Qatar, Egypt and the United States pressed on. Israel's negotiators stayed."));
        assertEquals(List.of("Egypt", "Israel", "Qatar"), table.parties().stream().sorted().toList());
    }
}
