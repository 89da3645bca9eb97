package org.parley.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns an {@link ArticleEntry} into an {@link Article}, or rejects it with a reason a reader can
 * act on: too large, empty, binary, not UTF-8, malformed JSON, or too little article text.
 */
public final class ArticleParser {

    /** The largest input read as one article. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The least body text, in characters, that makes an article. */
    public static final int MIN_BODY_CHARS = 200;

    /** Reads and parses one entry. */
    public Article parse(ArticleEntry entry) throws ArticleRejectedException {
        String doc = entry.doc();
        if (doc.length() > MAX_DOC_CHARS) {
            throw new ArticleRejectedException(doc, "a name of " + doc.length() + " characters (at most "
                    + MAX_DOC_CHARS + ")");
        }
        if (entry.source() instanceof ArticleEntry.Refused refused) {
            throw new ArticleRejectedException(doc, refused.reason());
        }
        if (entry.size() > MAX_BYTES) {
            throw new ArticleRejectedException(doc, "over 5 MB (" + entry.size() + " bytes)");
        }
        byte[] bytes;
        try {
            bytes = entry.read();
        } catch (IOException e) {
            throw new ArticleRejectedException(doc, "could not be read: " + e.getMessage());
        }
        return parse(doc, entry.format(), bytes);
    }

    /** Parses bytes already read. */
    public Article parse(String doc, ArticleEntry.Format format, byte[] bytes) throws ArticleRejectedException {
        if (bytes.length > MAX_BYTES) {
            throw new ArticleRejectedException(doc, "over 5 MB (" + bytes.length + " bytes)");
        }
        if (isBlank(bytes)) {
            throw new ArticleRejectedException(doc, "empty");
        }
        if (looksBinary(bytes)) {
            throw new ArticleRejectedException(doc, "binary content, not text");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ArticleRejectedException(doc, "a NUL byte at byte " + i + ": not text");
            }
        }
        String text = decodeUtf8(doc, bytes);
        Article article;
        try {
            article = switch (format) {
                case TXT -> TextFormats.txt(doc, text);
                case MD -> TextFormats.markdown(doc, text);
                case JSON, JSONL_LINE -> JsonFormat.parse(doc, text);
                case HTML -> HtmlFormat.parse(doc, text);
            };
        } catch (ArticleDates.ImpossibleDate e) {
            throw new ArticleRejectedException(doc, e.getMessage());
        }
        int bodyChars = article.body().strip().length();
        if (bodyChars < MIN_BODY_CHARS) {
            throw new ArticleRejectedException(doc, "no article text (" + bodyChars
                    + " characters of body, at least " + MIN_BODY_CHARS + " needed)");
        }
        within(doc, "a title", article.title(), MAX_TITLE_CHARS);
        within(doc, "a source", article.outlet(), MAX_SOURCE_CHARS);
        within(doc, "a url", article.url(), MAX_URL_CHARS);
        return article;
    }

    /** The longest title, source and url an article may have (what the store keeps of each). */
    static final int MAX_TITLE_CHARS = 4000;
    static final int MAX_SOURCE_CHARS = 500;
    static final int MAX_URL_CHARS = 2000;
    /** The longest name (a path in the set, with a zip entry or jsonl line) an article may have. */
    public static final int MAX_DOC_CHARS = 1000;

    private static void within(String doc, String what, String value, int max) throws ArticleRejectedException {
        if (value != null && value.length() > max) {
            throw new ArticleRejectedException(doc, what + " of " + value.length() + " characters (at most " + max
                    + ")");
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** A NUL byte, or more than one control character in twenty, in the first 8 KB. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control * 20 > n;
    }

    private static String decodeUtf8(String doc, byte[] bytes) throws ArticleRejectedException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (MalformedInputException e) {
            throw new ArticleRejectedException(doc, "not valid UTF-8 (" + e.getInputLength()
                    + " bad byte(s) in the text)");
        } catch (CharacterCodingException e) {
            throw new ArticleRejectedException(doc, "not valid UTF-8 (" + e.getMessage() + ")");
        }
    }
}
