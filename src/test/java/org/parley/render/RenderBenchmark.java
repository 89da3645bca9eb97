package org.parley.render;

import org.parley.briefing.Briefing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Times the rendering of a 20-page briefing (the largest fixture) to PDF and Word, warm: the PDF,
 * then the Word file laid out on its pages, as the batch step runs them. Run it with {@code src/bench/render-benchmark.sh}.
 *
 * <p>Prints wall time per briefing (median, 90th percentile, best) over the measured rounds, and the
 * CPU time the stages took, so that figures taken on a busy machine can still be read.
 */
public final class RenderBenchmark {

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Briefing briefing = BriefingFixtures.large();
        BriefingRenderer renderer = new BriefingRenderer(TemplateEngine.bundled(), BriefingFixtures.FONTS);
        Set<Format> documents = Set.of(Format.PDF, Format.DOCX);
        Map<Format, byte[]> files = renderer.renderBytes(briefing, TemplateEngine.BRIEFING, documents);
        try (var pdf = Documents.pdf(files.get(Format.PDF))) {
            System.out.printf("model: %d parties, %d sources; PDF %d pages, %d KB; DOCX %d KB%n",
                    briefing.parties().size(), briefing.sources().size(), pdf.getNumberOfPages(),
                    files.get(Format.PDF).length / 1024, files.get(Format.DOCX).length / 1024);
        }
        for (int i = 0; i < warmup; i++) {
            renderer.renderBytes(briefing, TemplateEngine.BRIEFING, documents);
        }
        double[] wall = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            renderer.renderBytes(briefing, TemplateEngine.BRIEFING, documents);
            wall[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(wall);
        System.out.printf("both formats, PDF then DOCX: median %.0f ms, p90 %.0f ms, best %.0f ms (%d rounds after %d warm-up)%n",
                wall[rounds / 2], wall[(int) (rounds * 0.9)], wall[0], rounds, warmup);
        stages(renderer, briefing, rounds);
    }

    /** CPU time of each stage on this thread, sequentially: what a quiet two-core machine would need. */
    private static void stages(BriefingRenderer renderer, Briefing briefing, int rounds) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        PdfWriter pdf = new PdfWriter();
        DocxWriter docx = new DocxWriter();
        double[] chart = new double[rounds];
        double[] markup = new double[rounds];
        double[] pdfs = new double[rounds];
        double[] docxs = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            ChartImage image = IssueChart.draw(briefing.issues(), BriefingFixtures.fonts());
            long t1 = cpu.getCurrentThreadCpuTime();
            Markup m = renderer.markup(briefing, TemplateEngine.BRIEFING);
            long t2 = cpu.getCurrentThreadCpuTime();
            pdf.write(m);
            long t3 = cpu.getCurrentThreadCpuTime();
            docx.write(m);
            long t4 = cpu.getCurrentThreadCpuTime();
            chart[i] = (t1 - t0) / 1e6;
            markup[i] = (t2 - t1 - (t1 - t0)) / 1e6;
            pdfs[i] = (t3 - t2) / 1e6;
            docxs[i] = (t4 - t3) / 1e6;
            if (image.png().length == 0) {
                throw new IllegalStateException();
            }
        }
        System.out.printf("CPU median: chart %.0f ms, template %.0f ms, PDF %.0f ms, DOCX %.0f ms%n",
                median(chart), median(markup), median(pdfs), median(docxs));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
