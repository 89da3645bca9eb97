package org.parley.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.briefing.Briefing;
import org.parley.briefing.Briefing.PartySection;
import org.parley.briefing.Briefing.Quote;
import org.w3c.dom.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateEngineTest {

    private static final Briefing BRIEFING = BriefingFixtures.small();
    private static final TemplateModel MODEL = new TemplateModel(BRIEFING,
            IssueChart.draw(BRIEFING.issues(), BriefingFixtures.fonts()));

    @Test
    void bothBundledTemplatesGiveWellFormedXhtml() {
        for (String name : List.of(TemplateEngine.BRIEFING, TemplateEngine.SUMMARY)) {
            Document dom = Xhtml.parse(TemplateEngine.bundled().render(name, MODEL));
            assertEquals("html", Xhtml.name(dom.getDocumentElement()), name);
            assertTrue(DocumentMeta.of(dom).title().startsWith(BRIEFING.cover().title()), name);
        }
    }

    @Test
    void articleTextCannotInjectMarkup() {
        String xhtml = TemplateEngine.bundled().render(TemplateEngine.BRIEFING,
                new TemplateModel(withQuote("<b>bold</b> & \"so\" </html>"), MODEL.chart()));
        assertTrue(xhtml.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;so&quot; &lt;/html&gt;"), "not escaped");
        assertTrue(Xhtml.parse(xhtml).getDocumentElement().getTextContent().contains("<b>bold</b> & \"so\""));
    }

    @Test
    void theCoverCountsOneArticleAndOneOutletInTheSingular() {
        Briefing.Cover c = BRIEFING.cover();
        Briefing one = new Briefing(BRIEFING.roundId(), new Briefing.Cover(c.title(), c.forum(), c.place(), c.dates(),
                c.parties(), c.generatedAt(), 1, 1), BRIEFING.summary(), BRIEFING.parties(), BRIEFING.issues(),
                BRIEFING.changes(), BRIEFING.sources(), BRIEFING.method(), BRIEFING.statements());
        String xhtml = TemplateEngine.bundled().render(TemplateEngine.BRIEFING, new TemplateModel(one, MODEL.chart()));
        assertTrue(xhtml.contains("1 article from 1 outlet<"), "the cover says '1 articles' or '1 outlets'");
        String many = TemplateEngine.bundled().render(TemplateEngine.BRIEFING, MODEL);
        assertTrue(many.contains(c.articleCount() + " articles from " + c.outletCount() + " outlets<"), many);
    }

    @Test
    void aFolderTemplateComesBeforeTheBundledOne(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("briefing.ftlh"), "<p>${briefing.cover.title} from the folder</p>");
        TemplateEngine engine = new TemplateEngine(folder);
        assertEquals("<p>" + BRIEFING.cover().title() + " from the folder</p>", engine.render("briefing", MODEL));
        assertTrue(engine.render(TemplateEngine.SUMMARY, MODEL).contains("Where the parties stand"),
                "the bundled summary is not the fallback");
    }

    @Test
    void aMissingOrBrokenTemplateIsFoundBeforeAnyRun(@TempDir Path folder) throws IOException {
        TemplateEngine engine = new TemplateEngine(folder);
        engine.check("briefing");
        engine.check("summary");
        RenderException missing = assertThrows(RenderException.class, () -> engine.check("nope"));
        assertTrue(missing.getMessage().startsWith("No template \"nope.ftlh\" in " + folder.toAbsolutePath()),
                missing.getMessage());
        Files.writeString(folder.resolve("broken.ftlh"), "<html>\n<#if cover>\n</html>\n");
        RenderException broken = assertThrows(RenderException.class, () -> engine.check("broken"));
        assertTrue(broken.getMessage().contains("broken.ftlh"), broken.getMessage());
        assertThrows(RenderException.class, () -> engine.check("../etc/passwd"));
    }

    @Test
    void aMissingFolderLeavesTheBundledTemplates(@TempDir Path folder) {
        TemplateEngine engine = new TemplateEngine(folder.resolve("absent"));
        assertEquals("the bundled templates", engine.origin());
        assertTrue(engine.render(TemplateEngine.BRIEFING, MODEL).contains("Since the previous round"));
    }

    @Test
    void aTemplateErrorNamesTemplateLineAndColumn(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("broken.ftlh"), "<html>\n<body>\n  <p>${briefing.cover.nosuch}</p>\n</body>\n</html>\n");
        RenderException e = assertThrows(RenderException.class, () -> new TemplateEngine(folder).render("broken", MODEL));
        assertTrue(e.getMessage().startsWith("Template \"broken.ftlh\" failed at line 3, column 8:"), e.getMessage());
    }

    @Test
    void aSyntaxErrorNamesTemplateLineAndColumn(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("broken.ftlh"), "<html>\n<#if briefing.cover.title??>\n<p>never closed</p>\n");
        RenderException e = assertThrows(RenderException.class, () -> new TemplateEngine(folder).render("broken", MODEL));
        assertTrue(e.getMessage().matches("(?s)Template \"broken\\.ftlh\" failed at line \\d+, column \\d+: .*"),
                e.getMessage());
    }

    @Test
    void anUnknownTemplateSaysWhereItLooked(@TempDir Path folder) {
        RenderException e = assertThrows(RenderException.class, () -> new TemplateEngine(folder).render("nosuch", MODEL));
        assertTrue(e.getMessage().contains("\"nosuch.ftlh\"") && e.getMessage().contains(folder.toString()), e.getMessage());
    }

    @Test
    void aNameCannotLeaveTheTemplatesFolder() {
        assertThrows(RenderException.class, () -> TemplateEngine.fileName("../../etc/passwd"));
        assertEquals("summary.ftlh", TemplateEngine.fileName("summary"));
        assertEquals("custom.ftlx", TemplateEngine.fileName("custom.ftlx"));
    }

    @Test
    void templatesCannotReachJavaClasses(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("evil.ftlh"), "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        RenderException e = assertThrows(RenderException.class, () -> new TemplateEngine(folder).render("evil", MODEL));
        assertFalse(e.getMessage().contains("uid="), e.getMessage());
    }

    private static Briefing withQuote(String text) {
        List<PartySection> parties = new ArrayList<>(BRIEFING.parties());
        PartySection first = parties.get(0);
        Quote quote = first.quotes().get(0);
        List<Quote> quotes = new ArrayList<>(first.quotes());
        quotes.set(0, new Quote(quote.id(), text, quote.speaker(), quote.role(), quote.outlet(), quote.date(), quote.sources()));
        parties.set(0, new PartySection(first.party(), first.positions(), quotes, first.speakers()));
        return new Briefing(BRIEFING.roundId(), BRIEFING.cover(), BRIEFING.summary(), parties, BRIEFING.issues(),
                BRIEFING.changes(), BRIEFING.sources(), BRIEFING.method(), BRIEFING.statements());
    }
}
