package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PdfResourcesTest {

    private final PdfResources resources = new PdfResources(null, 20, Map.of("chart.png", new byte[] {1, 2}));

    @Test
    void readsFlyingSaucersDefaultStylesheetWhereverItsJarIs() throws Exception {
        assertTrue(PdfResources.DEFAULT_STYLESHEET.endsWith("XhtmlNamespaceHandler.css"), PdfResources.DEFAULT_STYLESHEET);
        try (InputStream in = resources.openStream(PdfResources.DEFAULT_STYLESHEET)) {
            assertNotNull(in);
            assertTrue(new String(in.readAllBytes()).contains("display"), "the stylesheet's rules");
        }
        try (InputStream in = resources.openStream("chart.png")) {
            assertNotNull(in);
        }
    }

    @Test
    void refusesEveryOtherResourceAJarUrlIncluded() {
        String other = PdfResources.DEFAULT_STYLESHEET.replace("XhtmlNamespaceHandler.css", "other.css");
        assertThrows(FileNotFoundException.class, () -> resources.openStream(other));
        assertThrows(FileNotFoundException.class, () -> resources.openStream("jar:http://example.org/x.jar!/a.css"));
        assertThrows(FileNotFoundException.class, () -> resources.openStream("file:/etc/passwd"));
    }
}
