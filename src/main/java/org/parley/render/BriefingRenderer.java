package org.parley.render;

import org.parley.briefing.Briefing;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders one round's briefing to files: the entry point for the batch step.
 *
 * <p>The briefing goes through the named template once; the XHTML becomes the PDF and then the Word
 * file, whose contents give the pages the PDF's layout found for each section (so the PDF is laid
 * out for a Word file even when no PDF is asked for), and the statements become CSV and JSON. Every file is made in memory first and
 * only then placed (see {@link BriefingFiles}), so a template error or a layout failure leaves no
 * file behind. Thread-safe; one instance serves a whole run.
 */
public final class BriefingRenderer {

    private final TemplateEngine templates;
    private final Path fonts;
    private final PdfWriter pdf = new PdfWriter();
    private final DocxWriter docx = new DocxWriter();

    /**
     * @param fonts where the chart's fonts are copied to be read as files, e.g. {@code <home>/state/fonts}
     *              ({@link org.parley.config.ParleyHome#fonts()})
     */
    public BriefingRenderer(TemplateEngine templates, Path fonts) {
        this.templates = templates;
        this.fonts = fonts;
    }

    /**
     * Renders and places the files.
     *
     * @param template the template name ({@link TemplateEngine#BRIEFING} or {@link TemplateEngine#SUMMARY}, or
     *                 one of the templates folder's)
     * @param folder   where the files go (created if missing), e.g. {@code <home>/briefings/<execution-id>}
     * @return the files written, in {@link Format} order
     * @throws RenderException for a template error (naming template, line and column) or a layout failure
     */
    public List<Path> render(Briefing briefing, String template, Set<Format> formats, Path folder) {
        Map<Format, byte[]> bytes = renderBytes(briefing, template, formats);
        Map<String, byte[]> files = new LinkedHashMap<>();
        bytes.forEach((format, content) -> files.put(BriefingFiles.fileName(briefing.roundId(), template, format), content));
        return BriefingFiles.place(folder, files);
    }

    /** The files' contents without placing them, in {@link Format} order. */
    public Map<Format, byte[]> renderBytes(Briefing briefing, String template, Set<Format> formats) {
        Map<Format, byte[]> result = new EnumMap<>(Format.class);
        if (formats.contains(Format.PDF) || formats.contains(Format.DOCX)) {
            Markup markup = markup(briefing, template);
            // the Word file's contents show the pages the PDF's layout gives the sections
            // and break where the PDF's do
            PdfWriter.Layout layout = pdf.layOut(markup);
            if (formats.contains(Format.DOCX)) {
                result.put(Format.DOCX, docx.write(markup, PdfWriter.outlinePages(layout.pdf()), layout.blockPages()));
            }
            if (formats.contains(Format.PDF)) {
                result.put(Format.PDF, layout.pdf());
            }
        }
        if (formats.contains(Format.CSV)) {
            result.put(Format.CSV, StatementExport.csv(briefing));
        }
        if (formats.contains(Format.JSON)) {
            result.put(Format.JSON, StatementExport.json(briefing));
        }
        return result;
    }

    /** The template's output for a briefing, with the chart it refers to. */
    public Markup markup(Briefing briefing, String template) {
        ChartImage chart = IssueChart.draw(briefing.issues(), ChartFonts.in(fonts));
        String xhtml = templates.render(template, new TemplateModel(briefing, chart));
        return new Markup(xhtml, Map.of(chart.src(), chart.png()));
    }
}
