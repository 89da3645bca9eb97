package org.parley.extraction;

import java.util.List;

import org.parley.article.Article;

/** An article with the attributions found in it, in text order. */
public record ArticleAttributions(Article article, List<Attribution> attributions) {

    public ArticleAttributions {
        attributions = List.copyOf(attributions);
    }
}
