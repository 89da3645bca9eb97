package org.parley.render;

import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.parley.briefing.Briefing;
import org.parley.briefing.Briefing.IssueCell;
import org.parley.briefing.Briefing.IssueMatrix;
import org.parley.briefing.Briefing.IssueRow;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IssueChartTest {

    private static final ChartFonts FONTS = BriefingFixtures.fonts();

    @Test
    void plotsExactlyTheMatrixCounts() {
        IssueMatrix matrix = BriefingFixtures.large().issues();
        DefaultCategoryDataset data = IssueChart.dataset(matrix);
        assertEquals(matrix.parties(), data.getRowKeys());
        assertEquals(matrix.rows().stream().map(IssueRow::issue).toList(), data.getColumnKeys());
        for (IssueRow row : matrix.rows()) {
            for (IssueCell cell : row.cells()) {
                assertEquals(cell.statements(), data.getValue(cell.party(), row.issue()).intValue(),
                        cell.party() + " on " + row.issue());
            }
        }
    }

    @Test
    void drawsAValidPngAtTwiceTheDisplaySize() throws IOException {
        ChartImage chart = IssueChart.draw(BriefingFixtures.sample().issues(), FONTS);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
        assertNotNull(image, "ImageIO cannot read the PNG");
        assertEquals(chart.width() * 2, image.getWidth());
        assertEquals(chart.height() * 2, image.getHeight());
        Png.Rgb rgb = Png.readRgb(chart.png());
        assertNotNull(rgb, "the PDF fast path would not take the chart");
        assertEquals(image.getWidth(), rgb.width());
    }

    @Test
    void theAltTextCarriesTheNumbers() {
        IssueMatrix matrix = new IssueMatrix(List.of("Vestria", "Nordland"), List.of(new IssueRow("Trade", List.of(
                new IssueCell("Vestria", "x", List.of(1), 3), new IssueCell("Nordland", null, List.of(), 0)))));
        assertEquals("Statements per party per issue: Trade (Vestria 3, Nordland 0).", IssueChart.draw(matrix, FONTS).alt());
    }

    @Test
    void anEmptyMatrixStillGivesAChart() throws IOException {
        ChartImage chart = IssueChart.draw(new IssueMatrix(List.of(), List.of()), FONTS);
        assertNotNull(ImageIO.read(new ByteArrayInputStream(chart.png())));
        assertEquals("No statement named an issue.", chart.alt());
    }

    @Test
    void isTheSameImageEveryTime() {
        Briefing briefing = BriefingFixtures.sample();
        assertArrayEquals(IssueChart.draw(briefing.issues(), FONTS).png(), IssueChart.draw(briefing.issues(), FONTS).png());
        assertTrue(IssueChart.draw(briefing.issues(), FONTS).png().length > 1000);
    }
}
