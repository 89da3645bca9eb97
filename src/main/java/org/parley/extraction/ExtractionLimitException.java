package org.parley.extraction;

/** An article past what extraction reads (too many attributions): its message says why, for a skip's reason. */
public final class ExtractionLimitException extends RuntimeException {

    public ExtractionLimitException(String message) {
        super(message);
    }

    /** The reason to give for an article whose extraction failed: a limit's own words, or what failed. */
    public static String reason(Throwable failure) {
        return failure instanceof ExtractionLimitException ? failure.getMessage() : "extraction failed: " + failure;
    }
}
