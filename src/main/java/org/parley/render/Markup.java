package org.parley.render;

import java.util.Map;

/**
 * A template's output as both document writers take it: XHTML and the images it refers to by name.
 *
 * @param xhtml  well-formed XHTML
 * @param images image bytes by the {@code src} the markup uses
 */
public record Markup(String xhtml, Map<String, byte[]> images) {
    public Markup {
        images = Map.copyOf(images);
    }
}
