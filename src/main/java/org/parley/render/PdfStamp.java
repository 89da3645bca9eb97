package org.parley.render;

import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;

import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Completes the PDF's information dictionary from the template's metadata, and replaces what OpenPDF
 * takes from the clock and from chance (creation date, file id) with values derived from the input,
 * so that equal input gives equal bytes; sets the document's language from the markup's and asks
 * viewers to show its title.
 */
final class PdfStamp extends DefaultPDFCreationListener {

    private final DocumentMeta meta;
    private final byte[] fileId;

    PdfStamp(DocumentMeta meta, byte[] fileId) {
        this.meta = meta;
        this.fileId = fileId.clone();
    }

    @Override
    public void onClose(ITextRenderer renderer) {
        PdfDictionary info = renderer.getWriter().getInfo();
        if (!meta.creator().isEmpty()) {
            info.put(PdfName.CREATOR, new PdfString(meta.creator(), PdfObject.TEXT_UNICODE));
        }
        if (meta.created() == null) {
            info.remove(PdfName.CREATIONDATE);
        } else {
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTime(Date.from(meta.created()));
            info.put(PdfName.CREATIONDATE, new PdfDate(when));
            info.put(PdfName.MODDATE, new PdfDate(when));
        }
        // OpenPDF takes the trailer's /ID from here when present; it also lands in the info dictionary
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(fileId, fileId));
        // the language screen readers speak it in, and the title (not the file name) in the window
        if (!meta.language().isEmpty()) {
            renderer.getWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(meta.language()));
        }
        renderer.getWriter().addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
    }
}
