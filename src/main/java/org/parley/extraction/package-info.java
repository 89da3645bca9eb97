/**
 * Attribution extraction: quotes and reported statements, their speech cues and source mentions,
 * and the speaker each mention resolves to within an article.
 */
package org.parley.extraction;
