package org.parley.article;

/**
 * Says why an input could not be read as an article; the job skips it and records the reason.
 */
public class ArticleRejectedException extends Exception {

    private final String doc;

    public ArticleRejectedException(String doc, String reason) {
        super(reason);
        this.doc = doc;
    }

    /** The name of the rejected input, as attributions would name it. */
    public String doc() {
        return doc;
    }

    /** The reason alone, without the name. */
    public String reason() {
        return getMessage();
    }
}
