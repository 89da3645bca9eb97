/**
 * Attribution extraction: quotes and reported statements, their speech cues and source mentions,
 * and the speaker each mention resolves to within an article. Rules over a regular tokenizer and
 * lexicons kept as resource files ({@code cues.tsv} and the word lists beside it), no statistical
 * model: an article is cut into tokens, quotations and sentences ({@code ArticleText}),
 * each sentence's cues get a source ({@code CueSources}) and a content ({@code ContentFinder},
 * {@code TrailingFrames}, {@code LeadIns}) and statements nested in others give way
 * ({@code NestedStatements}), all in {@code SentenceAttributor}; quotations that run on are joined
 * ({@code QuoteContinuations}), and mentions are resolved to speakers and parties
 * ({@code SpeakerResolver}). Drafting needs no party registry, so a run can draft while the
 * registry loads ({@code AttributionExtractor.draft}, then {@code finish}).
 */
package org.parley.extraction;
