package org.parley.render;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.TrueTypeUtil;
import org.xhtmlrenderer.render.FSFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves every CSS font to an embedded Liberation face, so a PDF never refers to a font it does
 * not carry: Flying Saucer's own resolver falls back to the unembedded base-14 fonts.
 *
 * <p>The faces are parsed once per JVM and shared: a {@link BaseFont} is read-only after creation,
 * and each PDF writes its own subset of it.
 */
final class PdfFontResolver extends ITextFontResolver {

    private static final Map<String, FontDescription[]> FACES = Map.of(
            Fonts.SANS, faces(Fonts.SANS), Fonts.SERIF, faces(Fonts.SERIF), Fonts.MONO, faces(Fonts.MONO));

    /** Generic and common family names, mapped to the Liberation family with the same metrics. */
    private static final Map<String, String> ALIASES = Map.of(
            "serif", Fonts.SERIF, "times", Fonts.SERIF, "times new roman", Fonts.SERIF,
            "sans-serif", Fonts.SANS, "arial", Fonts.SANS, "helvetica", Fonts.SANS,
            "monospace", Fonts.MONO, "courier", Fonts.MONO, "courier new", Fonts.MONO);

    @Override
    public FSFont resolveFont(SharedContext context, FontSpecification spec) {
        String family = Fonts.SANS;
        if (spec.families != null) {
            for (String name : spec.families) {
                String known = family(name);
                if (known != null) {
                    family = known;
                    break;
                }
            }
        }
        return new ITextFSFont(face(family, spec.fontWeight, spec.fontStyle), spec.size);
    }

    /** No base-14 fonts: they are never embedded. */
    @Override
    protected Map<String, FontFamily> loadFonts() {
        return new HashMap<>();
    }

    /** The names a PDF's fonts carry: the Liberation PostScript names, after the subset tag. */
    static String postScriptName(String family, boolean bold, boolean italic) {
        return face(family, bold ? IdentValue.BOLD : IdentValue.NORMAL, italic ? IdentValue.ITALIC : IdentValue.NORMAL)
                .getFont().getPostscriptFontName();
    }

    private static String family(String name) {
        String plain = name.replace("\"", "").replace("'", "").strip();
        for (String family : FACES.keySet()) {
            if (family.equalsIgnoreCase(plain)) {
                return family;
            }
        }
        return ALIASES.get(plain.toLowerCase(Locale.ROOT));
    }

    private static FontDescription face(String family, IdentValue weight, IdentValue style) {
        boolean bold = weight != null && weight != IdentValue.NORMAL && weight != IdentValue.LIGHTER
                && convertWeightToInt(weight) >= 600;
        boolean italic = style == IdentValue.ITALIC || style == IdentValue.OBLIQUE;
        return FACES.get(family)[(bold ? 2 : 0) + (italic ? 1 : 0)];
    }

    private static FontDescription[] faces(String family) {
        return new FontDescription[] {
            load(family, false, false), load(family, false, true), load(family, true, false), load(family, true, true)};
    }

    private static FontDescription load(String family, boolean bold, boolean italic) {
        String resource = Fonts.resource(family, bold, italic);
        byte[] bytes = Fonts.bytes(resource);
        try {
            BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSecureRandom(new FixedSubsetTag(font.getPostscriptFontName()));
            return TrueTypeUtil.extractDescription(resource, bytes, font, false, null, null);
        } catch (DocumentException e) {
            throw new IllegalStateException("Font " + resource + " cannot be used in a PDF", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}
