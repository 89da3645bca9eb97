package org.parley.render;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.ImgRaw;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;
import org.xhtmlrenderer.util.Configuration;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the images the renderer made (the chart) to Flying Saucer by name, and besides them only
 * Flying Saucer's default stylesheet from its own jar: rendering never
 * reads the network or the working directory, whatever a template refers to.
 */
final class PdfResources extends ITextUserAgent {

    /**
     * Flying Saucer's default stylesheet, where its class loader finds it: a {@code jar:} URL from
     * the shaded jar, a {@code wsjar:} URL inside a WAR on Open Liberty. Only this one is read.
     */
    static final String DEFAULT_STYLESHEET = String.valueOf(XhtmlNamespaceHandler.class.getResource(
            Configuration.valueFor("xr.css.user-agent-default-css") + "XhtmlNamespaceHandler.css"));

    private final Map<String, byte[]> images;
    private final int dotsPerPixel;

    PdfResources(ITextOutputDevice device, int dotsPerPixel, Map<String, byte[]> images) {
        super(device, dotsPerPixel);
        this.images = images;
        this.dotsPerPixel = dotsPerPixel;
    }

    @Override
    public String resolveURI(String uri) {
        return uri != null && images.containsKey(uri) ? uri : super.resolveURI(uri);
    }

    /** Embeds Parley's own PNGs without decoding them: their pixel data is already a PDF image stream. */
    @Override
    public ImageResource getImageResource(String uri) {
        byte[] bytes = images.get(uri);
        Png.Rgb rgb = bytes == null ? null : Png.readRgb(bytes);
        if (rgb == null) {
            return super.getImageResource(uri);
        }
        try {
            Image image = new ImgRaw(rgb.width(), rgb.height(), 3, 8, rgb.idat());
            image.setDeflated(true);
            PdfDictionary predictor = new PdfDictionary();
            predictor.put(PdfName.PREDICTOR, new PdfNumber(15));
            predictor.put(PdfName.COLORS, new PdfNumber(3));
            predictor.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
            predictor.put(PdfName.COLUMNS, new PdfNumber(rgb.width()));
            PdfDictionary additional = new PdfDictionary();
            additional.put(PdfName.DECODEPARMS, predictor);
            image.setAdditional(additional);
            image.scaleAbsolute(image.getPlainWidth() * dotsPerPixel, image.getPlainHeight() * dotsPerPixel);
            return new ImageResource(uri, new ITextFSImage(image));
        } catch (BadElementException e) {
            throw new RenderException("Cannot embed image " + uri + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        byte[] bytes = images.get(uri);
        if (bytes == null && DEFAULT_STYLESHEET.equals(uri)) {
            return super.openStream(uri); // Flying Saucer's own default stylesheet
        }
        if (bytes == null) {
            throw new FileNotFoundException(uri + " (a briefing may only embed the images Parley draws: "
                    + images.keySet() + ")");
        }
        return new ByteArrayInputStream(bytes);
    }
}
