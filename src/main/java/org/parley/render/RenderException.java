package org.parley.render;

/** Rendering failed (a template error, markup a writer cannot read, a file that cannot be placed); no document was left. */
public class RenderException extends RuntimeException {

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
