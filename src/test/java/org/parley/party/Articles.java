package org.parley.party;

import org.parley.article.Article;

/** Builds articles from passages written for the tests. */
final class Articles {

    private Articles() {
    }

    static Article of(String doc, String text) {
        return of(doc, text, null, null);
    }

    /** An article of this outlet ({@code source:}) and date. */
    static Article of(String doc, String text, java.time.LocalDate date, String outlet) {
        int body = text.indexOf("\n\n");
        String title = body < 0 ? text : text.substring(0, body);
        return new Article(doc, title, text, body < 0 ? 0 : body + 2, date, outlet, null);
    }
}
