/**
 * The store: JDBC access to Parley's own tables in the embedded Derby database (articles,
 * statements, briefings, skipped inputs, runs), versioned and migrated forward at start-up.
 */
package org.parley.store;
