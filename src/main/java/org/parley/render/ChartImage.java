package org.parley.render;

/**
 * A raster chart as the template places it: {@code <img src="${chart.src}" width=... height=...>}.
 *
 * @param src    the name the markup refers to it by; the writers look the bytes up under it
 * @param width  the display width in CSS pixels (1/96 inch)
 * @param height the display height in CSS pixels
 * @param alt    the chart's data in words, for readers who cannot see it
 * @param png    the image, drawn at twice the display size so that it prints sharply
 */
public record ChartImage(String src, int width, int height, String alt, byte[] png) {
}
