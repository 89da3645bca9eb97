/**
 * The batch artifacts of the {@code briefing} job: thin adapters that read their properties, call
 * one class of a feature package, and return. Only this package and {@code launch} know Jakarta Batch.
 */
package org.parley.job;
