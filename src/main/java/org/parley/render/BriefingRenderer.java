package org.parley.render;

import org.parley.briefing.Briefing;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Renders one round's briefing to files: the entry point for the batch step.
 *
 * <p>The briefing goes through the named template once; the XHTML becomes the PDF and the Word file
 * (in parallel), and the statements become CSV and JSON. Every file is made in memory first and
 * only then placed (see {@link BriefingFiles}), so a template error or a layout failure leaves no
 * file behind. Thread-safe; one instance serves a whole run.
 */
public final class BriefingRenderer {

    private final TemplateEngine templates;
    private final Executor executor;
    private final PdfWriter pdf = new PdfWriter();
    private final DocxWriter docx = new DocxWriter();

    /** A renderer that lays out the PDF on the common pool while the calling thread writes the Word file. */
    public BriefingRenderer(TemplateEngine templates) {
        this(templates, ForkJoinPool.commonPool());
    }

    public BriefingRenderer(TemplateEngine templates, Executor executor) {
        this.templates = templates;
        this.executor = executor;
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
            CompletableFuture<byte[]> pdfBytes = formats.contains(Format.PDF)
                    ? CompletableFuture.supplyAsync(() -> pdf.write(markup), executor) : null;
            if (formats.contains(Format.DOCX)) {
                result.put(Format.DOCX, docx.write(markup));
            }
            if (pdfBytes != null) {
                result.put(Format.PDF, join(pdfBytes));
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
        ChartImage chart = IssueChart.draw(briefing.issues());
        String xhtml = templates.render(template, new TemplateModel(briefing, chart));
        return new Markup(xhtml, Map.of(chart.src(), chart.png()));
    }

    private static byte[] join(CompletableFuture<byte[]> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
