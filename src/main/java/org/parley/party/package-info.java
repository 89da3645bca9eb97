/**
 * Parties at the table: the registry of states and organisations with their names, aliases,
 * demonyms and metonyms, kept as data and extended per run by a parties file.
 */
package org.parley.party;
