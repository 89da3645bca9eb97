/**
 * Rounds of talks: meetings detected from the forum, place and date articles name (weekdays and
 * "last week" counted from the article's day with their tense, never with an invented year) or
 * given in a rounds file, identified mainly by place and date and merged across articles under
 * stable ids, and the round each statement is about. A party at the table is no forum unless the
 * text says it hosts. Words and patterns are data ({@code lexicon.yaml}); formats and rules are in
 * {@code FORMAT.md} beside it.
 */
package org.parley.round;
