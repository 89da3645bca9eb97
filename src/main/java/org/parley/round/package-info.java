/**
 * Rounds of talks: meetings detected from the forum, place and date articles name (weekdays and
 * "last week" counted from the article's day, never with an invented year) or given in a rounds
 * file, merged across articles under stable ids, and the round each statement is about. Words and
 * patterns are data ({@code lexicon.yaml}); formats and rules are in {@code FORMAT.md} beside it.
 */
package org.parley.round;
