package org.parley.render;

import java.io.File;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Prints a PDF's top-level outline, one "title TAB page" line each (pages from 1), for
 * {@code src/bench/docx-toc-check.sh}, which compares a Word file's contents with where LibreOffice
 * lays its sections out.
 */
public final class OutlinePages {

    private OutlinePages() {
    }

    public static void main(String[] args) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(new File(args[0]))) {
            if (pdf.getDocumentCatalog().getDocumentOutline() == null) {
                return;
            }
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                System.out.println(item.getTitle() + "\t" + (pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1));
            }
        }
    }
}
