/**
 * Attribution extraction: quotes and reported statements, their speech cues and source mentions,
 * and the speaker each mention resolves to within an article. Rules over a regular tokenizer and
 * lexicons kept as resource files ({@code cues.tsv} and the word lists beside it), no statistical
 * model: an article is cut into tokens, quotations and sentences ({@code ArticleText}),
 * each sentence's cues get a source and a content ({@code SentenceAttributor}), quotations that run
 * on are joined ({@code QuoteContinuations}), and mentions are resolved to speakers and parties
 * ({@code SpeakerResolver}).
 */
package org.parley.extraction;
