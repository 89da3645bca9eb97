/**
 * Briefings: the view model of one round's briefing, assembled from the statements attributed to
 * its parties, with positions, key quotes and numbered sources.
 */
package org.parley.briefing;
