/**
 * Rendering: one briefing model through one FreeMarker template into XHTML, then into PDF (Flying
 * Saucer on OpenPDF) and Word (Apache POI) from that same XHTML, plus the round's statements as CSV
 * and JSON, each file placed atomically.
 *
 * <p>Three separate steps, three classes: {@link org.parley.render.TemplateEngine} (name + model to
 * markup), {@link org.parley.render.PdfWriter} and {@link org.parley.render.DocxWriter} (markup to
 * bytes), {@link org.parley.render.BriefingFiles} (bytes to files). The batch step needs only the
 * facade:
 * <pre>{@code
 * BriefingRenderer renderer = new BriefingRenderer(new TemplateEngine(home.resolve("templates")),
 *         home.resolve("state/fonts"));
 * List<Path> files = renderer.render(briefing, template, Format.parse(formats),
 *         home.resolve("briefings").resolve(Long.toString(executionId)));
 * LatestFolder.publish(home.resolve("briefings"), executionId, Set.of(briefing.roundId()), files);
 * }</pre>
 */
package org.parley.render;
