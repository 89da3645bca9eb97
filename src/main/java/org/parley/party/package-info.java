/**
 * Parties at the table and the people who speak for them: the registry of states, organisations
 * and groupings with every way the news names them (kept as data, extended per run by a parties
 * file), the resolver that reads a role or a mention into a party and declines when the article
 * does not make it clear, and the directory that merges speakers across the articles of a run and
 * keeps them for later runs.
 */
package org.parley.party;
