package org.parley.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One short passage per phenomenon the extractor must handle. */
class AttributionExtractorTest {

    private static final String TITLE = "Talks in Fredville\n\n";

    private static List<Attribution> extract(String body) {
        return Passages.extract(TITLE + body);
    }

    private static String text(String body, Span span) {
        return Passages.text(TITLE + body, span);
    }

    private static Attribution only(String body) {
        List<Attribution> found = extract(body);
        assertEquals(1, found.size(), () -> "expected one attribution in: " + body + "\nfound: " + found);
        return found.get(0);
    }

    @Test
    void straightDoubleQuoteBeforeItsCue() {
        String body = "\"We will talk again,\" the minister said.";
        Attribution a = only(body);
        assertEquals(Kind.DIRECT, a.kind());
        assertEquals("\"We will talk again,\"", text(body, a.content()));
        assertEquals("said", text(body, a.cue()));
        assertEquals("the minister", text(body, a.source()));
    }

    @Test
    void curlyQuoteWithInvertedSourceAndAppositive() {
        String body = "“We will talk again,” said Maria Lopez, the foreign minister of Freedonia.";
        Attribution a = only(body);
        assertEquals("“We will talk again,”", text(body, a.content()));
        assertEquals("Maria Lopez, the foreign minister of Freedonia", text(body, a.source()));
        assertEquals("Maria Lopez", a.speaker());
    }

    @Test
    void britishSingleQuotesAreToldApartFromApostrophes() {
        String body = "‘We won’t move an inch on the border,’ the envoy’s deputy said.";
        Attribution a = only(body);
        assertEquals(Kind.DIRECT, a.kind());
        assertEquals("‘We won’t move an inch on the border,’", text(body, a.content()));
    }

    @Test
    void guillemets() {
        String body = "«We are ready for a compromise», the ambassador said.";
        Attribution a = only(body);
        assertEquals(Kind.DIRECT, a.kind());
        assertEquals("«We are ready for a compromise»", text(body, a.content()));
    }

    @Test
    void quoteOverSeveralParagraphsIsOneStatement() {
        String body = "Lopez said: \"The first round went well.\n\n\"The second round will decide everything.\"";
        Attribution a = only(body);
        assertEquals(Kind.DIRECT, a.kind());
        assertEquals("\"The first round went well.\n\n\"The second round will decide everything.\"",
                text(body, a.content()));
    }

    @Test
    void quoteSplitByItsAttributionIsOneDirectStatement() {
        String body = "\"We came to listen,\" he said, \"and we will come back next month.\"";
        Attribution a = only(body);
        assertEquals(Kind.DIRECT, a.kind());
        assertEquals(body.substring(0, body.length()), text(body, a.content()));
        assertEquals("he", text(body, a.source()));
    }

    @Test
    void quoteContinuedInTheNextSentenceJoinsTheStatement() {
        String body = "\"We came to listen,\" he said. \"We will come back next month.\"";
        Attribution a = only(body);
        assertEquals(Kind.DIRECT, a.kind());
        assertEquals(body, text(body, a.content()));
    }

    @Test
    void partialQuoteInsideAReportedSentenceIsMixed() {
        String body = "The envoy reiterated that the demands were 'not a start'.";
        Attribution a = only(body);
        assertEquals(Kind.MIXED, a.kind());
        assertEquals("that the demands were 'not a start'", text(body, a.content()));
    }

    @Test
    void colonLeadIn() {
        String body = "Lopez said: \"We are ready to sign.\"";
        Attribution a = only(body);
        assertEquals(Kind.DIRECT, a.kind());
        assertEquals("\"We are ready to sign.\"", text(body, a.content()));
        assertEquals("said", text(body, a.cue()));
    }

    @Test
    void dashAttribution() {
        String body = "“We are ready to sign.” ― Maria Lopez";
        Attribution a = only(body);
        assertEquals(Kind.DIRECT, a.kind());
        assertEquals("“We are ready to sign.”", text(body, a.content()));
        assertEquals("Maria Lopez", text(body, a.source()));
    }

    @Test
    void quoteSignedByASubjectAndAnUnlistedVerb() {
        String body = "“Both sides agree to meet again,” the memo summarised.";
        Attribution a = only(body);
        assertEquals("“Both sides agree to meet again,”", text(body, a.content()));
        assertEquals("summarised", text(body, a.cue()));
        assertEquals("the memo", text(body, a.source()));
    }

    @Test
    void scareQuotesAndTitlesAreNotAttributions() {
        String body = "The so-called \"road map\" was published on Monday. Delegates carried copies of "
                + "\"The Art of the Deal\" into the hall.";
        assertEquals(List.of(), extract(body));
    }

    @Test
    void reportedSpeechAfterTheCue() {
        // the article is about Freedonia, so its capital speaks for it (a venue city alone would not)
        String body = "Freedonia's envoy arrived on Monday. Fredville said the situation was very dangerous.";
        Attribution a = only(body);
        assertEquals(Kind.INDIRECT, a.kind());
        assertEquals("the situation was very dangerous", text(body, a.content()));
        assertEquals("Freedonia", a.speaker());
        assertEquals("Freedonia", a.party());
    }

    @Test
    void reportedSpeechBeforeTheCue() {
        String body = "The league would not allow a veto on its members, Lopez said.";
        Attribution a = only(body);
        assertEquals(Kind.INDIRECT, a.kind());
        assertEquals("The league would not allow a veto on its members", text(body, a.content()));
        assertEquals("Lopez", text(body, a.source()));
    }

    @Test
    void accordingTo() {
        String body = "The talks will resume in March, according to the Freedonian news agency.";
        Attribution a = only(body);
        assertEquals("The talks will resume in March", text(body, a.content()));
        assertEquals("according to", text(body, a.cue()));
        assertEquals("the Freedonian news agency", text(body, a.source()));
    }

    @Test
    void phrasalCueWithAnAddressee() {
        String body = "Lopez told reporters that the talks had failed.";
        Attribution a = only(body);
        assertEquals("that the talks had failed", text(body, a.content()));
        assertEquals("told", text(body, a.cue()));
    }

    @Test
    void aClauseRightAfterTheAddresseeIsWhatWasSaid() {
        String body = "Lopez told reporters it was difficult to understand why the league felt threatened.";
        Attribution a = only(body);
        assertEquals("it was difficult to understand why the league felt threatened", text(body, a.content()));
    }

    @Test
    void aNounCueAfterAVerbCueIsWhatTheVerbSays() {
        String body = "Freedonia denies plans to close the border but says it needs guarantees for its own security.";
        List<Attribution> found = extract(body);
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("denies", text(body, found.get(0).cue()));
        assertEquals("Freedonia", text(body, found.get(0).source()));
        assertEquals("plans to close the border", text(body, found.get(0).content()));
        assertEquals("Freedonia", found.get(0).party());
        assertEquals("says", text(body, found.get(1).cue()));
        assertEquals("Freedonia", text(body, found.get(1).source()));
        assertEquals("it needs guarantees for its own security", text(body, found.get(1).content()));
    }

    @Test
    void participleCueSharesTheSubject() {
        String body = "The minister said the talks had failed, adding that a new round was planned.";
        List<Attribution> found = extract(body);
        assertEquals(2, found.size());
        assertEquals("the talks had failed", text(body, found.get(0).content()));
        assertEquals("that a new round was planned", text(body, found.get(1).content()));
        assertEquals("The minister", text(body, found.get(1).source()));
    }

    @Test
    void titlesCountToo() {
        String article = "Maria Lopez: We will not give up the border\n\nThe talks ended on Monday without a deal.";
        List<Attribution> found = Passages.extract(article);
        assertEquals(1, found.size());
        assertEquals("We will not give up the border", Passages.text(article, found.get(0).content()));
        assertEquals("Maria Lopez", found.get(0).speaker());
    }

    @Test
    void surnamesAndTitlesResolveToTheFullNameWithItsRoleAndParty() {
        String body = "Freedonian Foreign Minister Maria Lopez said the border was closed. "
                + "Lopez said talks would go on. The minister said she was hopeful.";
        List<Attribution> found = extract(body);
        assertEquals(3, found.size());
        for (Attribution a : found) {
            assertEquals("Maria Lopez", a.speaker());
            assertEquals("Freedonia", a.party());
        }
        assertEquals("Freedonian Foreign Minister", found.get(0).role());
    }

    @Test
    void aNameAfterItsRoleAndACommaIsThePerson() {
        String body = "Freedonia's Foreign Minister, Maria Lopez, said the border was closed. "
                + "Her spokesman, Tomas Berg, said talks would go on. \"We are patient,\" he said.";
        List<Attribution> found = extract(body);
        assertEquals(3, found.size());
        assertEquals("Maria Lopez", found.get(0).speaker());
        assertEquals("Freedonia's Foreign Minister", found.get(0).role());
        assertEquals("Freedonia", found.get(0).party());
        assertEquals("Tomas Berg", found.get(1).speaker());
        assertEquals("Tomas Berg", found.get(2).speaker());
    }

    @Test
    void aPronounAfterASentenceAboutAnotherOfficialIsThatOfficial() {
        String body = "Envoy Jane Okafor said the league was divided.\n\n"
                + "Her Freedonian counterpart, Tomas Berg, struck a harder tone. He told reporters that the border would stay shut.\n\n"
                + "\"We can wait,\" Mr Berg said.";
        List<Attribution> found = extract(body);
        assertEquals(3, found.size(), () -> found.toString());
        assertEquals("Jane Okafor", found.get(0).speaker());
        assertEquals("Tomas Berg", found.get(1).speaker());
        assertEquals("Freedonia", found.get(1).party());
        assertEquals("Tomas Berg", found.get(2).speaker());
        assertEquals("Freedonia", found.get(2).party());
    }

    @Test
    void anAsideAfterACommaThatOpensWithAPrepositionIsNoRole() {
        String body = "The customs office, in a joint operation with Freedonian police, said the tunnel was closed.";
        Attribution a = only(body);
        assertEquals(null, a.party());
    }

    @Test
    void aTitledNameOfAStateIsThePersonWithTheStateInTheRole() {
        String body = "Chancellor Maria Lopez of Freedonia said the border would stay closed.";
        Attribution a = only(body);
        assertEquals("Maria Lopez", a.speaker());
        assertEquals("Chancellor of Freedonia", a.role());
        assertEquals("Freedonia", a.party());
    }

    @Test
    void aLaterRoleWithNoSideKeepsThePartyOfTheFirst() {
        String body = "Freedonia's chief negotiator Maria Lopez said the border was closed. "
                + "Lopez, a former culture minister, said talks would go on.";
        List<Attribution> found = extract(body);
        assertEquals(2, found.size());
        assertEquals("Freedonia", found.get(1).party());
    }

    @Test
    void anOrganisationsPossessiveIsItsSideAndAStatesIsNot() {
        List<Attribution> league = extract("The Northern League's Maria Lopez said the border was closed.");
        assertEquals("Northern League", league.get(0).party());
        List<Attribution> state = extract("Freedonia's Maria Lopez said the border was closed.");
        assertEquals(null, state.get(0).party());
    }

    @Test
    void aNameOfTheBodyItWorksForIsThePerson() {
        String body = "\"Nobody walked out,\" said Irena Vuksic of the Amber Institute, a research group.";
        Attribution a = only(body);
        assertEquals("Irena Vuksic", a.speaker());
        assertEquals(null, a.party());
    }

    @Test
    void aGovernmentMetonymWithATitleWordInItIsABodyOfItsParty() {
        String body = "The State Department said the window for diplomacy was closing.";
        Attribution a = only(body);
        assertEquals("State Department", a.speaker());
        assertEquals("United States", a.party());
    }

    @Test
    void aCapitalWithWordsBeforeItSpeaksForItsState() {
        String body = "Freedonia closed the border in March. The reason lies in the things Fredville says it needs most.";
        Attribution a = only(body);
        assertEquals("Freedonia", a.party());
        assertEquals("Freedonia", a.speaker());
    }

    @Test
    void aPlaceBeforeAParticipleIsNoSource() {
        String body = "The league will meet Freedonia on Wednesday in Vienna knowing exactly what the Palace wants.";
        assertTrue(extract(body).isEmpty(), () -> extract(body).toString());
    }

    @Test
    void pronounsResolveToTheMostRecentSpeakerWhateverTheirGender() {
        String body = "Envoy Jane Okafor said the league was divided. \"We need time,\" Okafor said.\n\n"
                + "Nobody had made commitments, he said.";
        List<Attribution> found = extract(body);
        assertEquals(3, found.size());
        assertEquals("he", text(body, found.get(2).source()));
        assertEquals("Jane Okafor", found.get(2).speaker());
    }

    @Test
    void organisationPhraseResolvesToItsParty() {
        // a phrase names the party only in an article about it
        String body = "The Northern League met on Monday. The league said it was willing to talk.";
        Attribution a = only(body);
        assertEquals("Northern League", a.party());
        assertEquals("Northern League", a.speaker());
    }

    @Test
    void attributionsComeInTextOrder() {
        String body = "Lopez said the talks had failed. Okafor said they had not.";
        List<Attribution> found = extract(body);
        assertEquals(2, found.size());
        assertTrue(found.get(0).content().start() < found.get(1).content().start());
    }
    @Test
    void frameInsideTheClauseSaidTakesTheWholeClause() {
        String body = "Cost estimates, the envoy added, were far too low.";
        Attribution a = only(body);
        assertEquals("Cost estimates, the envoy added, were far too low", text(body, a.content()));
        assertEquals("the envoy", text(body, a.source()));
    }

    @Test
    void frameBeforeAnAdjunctTakesOnlyWhatCameBefore() {
        String body = "The border stays closed, the envoy said, during the talks.";
        Attribution a = only(body);
        assertEquals("The border stays closed", text(body, a.content()));
    }

    @Test
    void nestedCueGivesWayToTheStatementAroundIt() {
        String body = "Lopez said she welcomed what the envoy called a fair offer.";
        Attribution a = only(body);
        assertEquals("said", text(body, a.cue()));
        assertEquals("she welcomed what the envoy called a fair offer", text(body, a.content()));
    }
    @Test
    void splitQuoteWithALongFrameKeepsTheLargerQuotation() {
        String body = "\"We will sign,\" said Maria Lopez, who led the delegation of Freedonia through three long "
                + "rounds of talks in Fredville and in the capital over the past two years. \"The border stays open "
                + "to trade and to every family on both sides of it.\"";
        Attribution a = only(body);
        assertEquals(Kind.DIRECT, a.kind());
        assertEquals("\"The border stays open to trade and to every family on both sides of it.\"",
                text(body, a.content()));
        assertEquals("Maria Lopez", a.speaker());
    }

    @Test
    void closingMarkOpeningAParagraphOpensTheQuotation() {
        String body = "”We are ready to sign.” ― Maria Lopez";
        Attribution a = only(body);
        assertEquals("”We are ready to sign.”", text(body, a.content()));
        assertEquals("Maria Lopez", text(body, a.source()));
    }

    @Test
    void quotationAfterAColonWithAnUnlistedVerb() {
        String body = "In an interview on Monday, the envoy went further: \"We will not sign.\"";
        Attribution a = only(body);
        assertEquals("\"We will not sign.\"", text(body, a.content()));
        assertEquals("the envoy", text(body, a.source()));
    }

    @Test
    void lineEndingInAColonIntroducesTheQuotedParagraphBelow() {
        String body = "The letter continues:\n\n\"Both sides will meet again in March.\"";
        Attribution a = only(body);
        assertEquals("\"Both sides will meet again in March.\"", text(body, a.content()));
        assertEquals("The letter", text(body, a.source()));
    }
    @Test
    void verbAfterAndTakesTheSubjectOfTheClause() {
        String body = "The envoy left the hall early and said the border would stay closed.";
        Attribution a = only(body);
        assertEquals("the border would stay closed", text(body, a.content()));
        assertEquals("The envoy", text(body, a.source()));
    }

    @Test
    void participleAfterACommaTakesTheSubjectOfTheClause() {
        String body = "Lopez closed the second round on Monday, calling the offer a fair start.";
        Attribution a = only(body);
        assertEquals("calling", text(body, a.cue()));
        assertEquals("the offer a fair start", text(body, a.content()));
        assertEquals("Lopez", text(body, a.source()));
    }

    @Test
    void expectationWithNoSourceTakesItsSubjectAndWhatFollows() {
        String body = "The league is expected to sign the treaty in March.";
        Attribution a = only(body);
        assertEquals("The league is expected to sign the treaty in March", text(body, a.content()));
        assertEquals(null, a.source());
        assertEquals("is expected", text(body, a.cue()));
    }

    @Test
    void questionAskedOfNobodyNamedEndsAtItsComma() {
        String body = "Asked whether the talks would resume, the envoy smiled.";
        Attribution a = only(body);
        assertEquals("whether the talks would resume", text(body, a.content()));
        assertEquals(null, a.source());
    }
    @Test
    void relativeSourceKeepsItsAntecedentAsSpeaker() {
        String body = "The talks were led by Maria Lopez, who said the border would stay closed.";
        Attribution a = only(body);
        assertEquals("Maria Lopez, who", text(body, a.source()));
        assertEquals("Maria Lopez", a.speaker());
    }
    @Test
    void asideAfterAQuotedPhraseAndADashIsNotWhatWasSaid() {
        String body = "Lopez dismissed the offer as a \"paper promise\" - a phrase the league has used before.";
        Attribution a = only(body);
        assertEquals(Kind.MIXED, a.kind());
        assertEquals("the offer as a \"paper promise\"", text(body, a.content()));
    }
    @Test
    void sourceAfterAccordingToRunsToItsComma() {
        String body = "According to early results of the count published by the league, the border stays open.";
        Attribution a = only(body);
        assertEquals("early results of the count published by the league", text(body, a.source()));
        assertEquals("the border stays open", text(body, a.content()));
    }

    @Test
    void addresseeAloneAfterTheCueLeavesTheQuotationBefore() {
        String body = "\"Did you know it was the envoy?\" Lopez asked the delegates.";
        Attribution a = only(body);
        assertEquals("\"Did you know it was the envoy?\"", text(body, a.content()));
        assertEquals("Lopez", text(body, a.source()));
    }

    @Test
    void draftThenFinishGivesWhatExtractGives() {
        String text = TITLE + "Lopez said the border was closed. \"We will wait,\" she added.";
        org.parley.article.Article article = new org.parley.article.Article("t.txt", "Talks in Fredville", text,
                TITLE.length(), null, null, null);
        AttributionExtractor extractor = Passages.extractor();
        List<Attribution> finished = new AttributionExtractor().finish(extractor.draft(article),
                new org.parley.party.PartyResolver(org.parley.party.PartyRegistry.bundled()));
        assertEquals(extractor.extract(article), finished);
    }

    @Test
    void aNameNeverRunsFromTheHeadlineIntoTheBody() {
        String text = "Lisk warns the government in Oslo\n\nEdvard Lisk, the opposition leader, said the deal was a trap.";
        List<Attribution> found = Passages.extract(text);
        assertTrue(found.stream().anyMatch(a -> "Edvard Lisk".equals(a.speaker())), found.toString());
        assertTrue(found.stream().noneMatch(a -> a.speaker() != null && a.speaker().contains("\n")), found.toString());
    }
}
