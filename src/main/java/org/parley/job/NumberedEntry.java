package org.parley.job;

import org.parley.article.ArticleEntry;

/** An entry of the article set with its position, which orders the run's articles. */
record NumberedEntry(int seq, ArticleEntry entry) {
}
