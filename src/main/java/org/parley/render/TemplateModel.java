package org.parley.render;

import org.parley.briefing.Briefing;

/**
 * The root a briefing template sees: {@code briefing} and {@code chart}.
 *
 * @param briefing the view model
 * @param chart    the issue chart drawn from {@code briefing.issues}
 */
public record TemplateModel(Briefing briefing, ChartImage chart) {
}
