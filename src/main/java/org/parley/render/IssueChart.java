package org.parley.render;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.parley.briefing.Briefing.IssueCell;
import org.parley.briefing.Briefing.IssueMatrix;
import org.parley.briefing.Briefing.IssueRow;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.StringJoiner;

/**
 * Draws the issue matrix's statement counts as a stacked bar chart (one bar per issue, one colour per
 * party), so that the chart's data is the matrix's by construction.
 */
final class IssueChart {

    static final String SRC = "chart-issues.png";
    private static final int WIDTH = 640;
    private static final int SCALE = 2;
    private static final Color[] PALETTE = {
        new Color(0x1f3a5f), new Color(0xc8553d), new Color(0x3e8e7e), new Color(0xe0a526),
        new Color(0x7b5ea7), new Color(0x6b8fb3), new Color(0x8c6d46), new Color(0xb5487a),
    };

    private IssueChart() {
    }

    /** Draws the chart for a matrix; a matrix without issues gives an empty chart that says so. */
    static ChartImage draw(IssueMatrix matrix, ChartFonts fonts) {
        DefaultCategoryDataset data = dataset(matrix);
        int height = 110 + 26 * Math.max(1, matrix.rows().size());
        JFreeChart chart = chart(data, matrix.parties().size(), fonts);
        BufferedImage image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
        } finally {
            g.dispose();
        }
        return new ChartImage(SRC, WIDTH, height, alt(matrix), Png.encode(image));
    }

    /** One series per party, one category per issue, each value the cell's statement count. */
    static DefaultCategoryDataset dataset(IssueMatrix matrix) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (IssueRow row : matrix.rows()) {
            for (IssueCell cell : row.cells()) {
                data.addValue(cell.statements(), cell.party(), row.issue());
            }
        }
        return data;
    }

    private static JFreeChart chart(DefaultCategoryDataset data, int parties, ChartFonts fonts) {
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, "Statements", data,
                PlotOrientation.HORIZONTAL, parties > 0, false, false);
        theme(fonts).apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        stylePlot(chart.getCategoryPlot());
        styleBars((BarRenderer) chart.getCategoryPlot().getRenderer(), parties, fonts.regular());
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(BlockBorder.NONE);
        }
        return chart;
    }

    private static void stylePlot(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xc9d1dc));
        plot.setNoDataMessage("No statement named an issue");
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        CategoryAxis issues = plot.getDomainAxis();
        issues.setMaximumCategoryLabelWidthRatio(0.35f);
        issues.setCategoryMargin(0.25);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    /** Flat bars in the party colours, each segment labelled with its count. */
    private static void styleBars(BarRenderer bars, int parties, Font font) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(font.deriveFont(9f));
        bars.setDefaultItemLabelPaint(Color.WHITE);
        for (int i = 0; i < parties; i++) {
            bars.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
    }

    private static StandardChartTheme theme(ChartFonts fonts) {
        StandardChartTheme theme = new StandardChartTheme("Parley");
        theme.setExtraLargeFont(fonts.bold().deriveFont(14f));
        theme.setLargeFont(fonts.bold().deriveFont(11f));
        theme.setRegularFont(fonts.regular().deriveFont(10f));
        theme.setSmallFont(fonts.regular().deriveFont(9f));
        return theme;
    }

    private static String alt(IssueMatrix matrix) {
        StringJoiner text = new StringJoiner("; ", "Statements per party per issue: ", ".");
        text.setEmptyValue("No statement named an issue.");
        for (IssueRow row : matrix.rows()) {
            StringJoiner cells = new StringJoiner(", ", row.issue() + " (", ")");
            row.cells().forEach(c -> cells.add(c.party() + " " + c.statements()));
            text.add(cells.toString());
        }
        return text.toString();
    }
}
