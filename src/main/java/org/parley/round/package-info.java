/**
 * Rounds of talks: detected from forum, place and date in the text or given in a rounds file,
 * and the assignment of each statement to the round it is about.
 */
package org.parley.round;
