/**
 * Rendering: one briefing model through one FreeMarker template into XHTML, then into PDF (Flying
 * Saucer on OpenPDF) and Word (Apache POI) from that same XHTML, plus the round's statements as CSV
 * and JSON, each file placed atomically under the output folder. {@link org.parley.render.BriefingRenderer}
 * is the entry point.
 */
package org.parley.render;
