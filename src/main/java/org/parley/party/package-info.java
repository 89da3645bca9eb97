/**
 * Parties at the table and the people who speak for them: the registry of states, organisations,
 * groupings and movements with every way the news names them (kept as data, extended per run by a
 * parties file), each state's opposition as a party a caller may choose to use, the resolver that
 * reads a role or a mention into a party and declines when the article does not make it clear, the
 * directory of office holders that names a person's party on a date, the outlets and national
 * titles that read "the Prime Minister" as the outlet's home country's, and the directory that
 * merges speakers across the articles of a run and keeps them for later runs.
 */
package org.parley.party;
