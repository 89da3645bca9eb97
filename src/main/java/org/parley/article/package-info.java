/**
 * Articles: reading folders and zips of {@code .txt}, {@code .md}, {@code .json}, {@code .jsonl}
 * and {@code .html} files into {@link org.parley.article.Article} records whose offsets stay true
 * to the original text, rejecting what is not an article with a reason, telling copies of one story
 * (merged) from its updated versions (kept), and finding the page furniture (cookie notices,
 * bylines, credits, related headlines) in a body.
 */
package org.parley.article;
