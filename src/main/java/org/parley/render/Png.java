package org.parley.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes and reads the one kind of PNG Parley draws: 8-bit RGB, not interlaced, filter "none".
 *
 * <p>Why not ImageIO: a PNG's compressed pixel data (IDAT) is exactly what a PDF image stream with
 * PNG predictors holds, so the PDF writer can embed the chart without decoding it again. Decoding
 * and re-encoding it cost as much as laying out several pages.
 */
final class Png {

    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

    /**
     * The pixel data of a simple PNG.
     *
     * @param width  pixels across
     * @param height pixels down
     * @param idat   the zlib stream of filtered scanlines, every IDAT chunk joined
     */
    record Rgb(int width, int height, byte[] idat) {
    }

    private Png() {
    }

    /** Encodes an image of type {@link BufferedImage#TYPE_INT_RGB}. */
    static byte[] encode(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] raw = new byte[h * (1 + 3 * w)];
        int at = 0;
        for (int y = 0; y < h; y++) {
            raw[at++] = 0; // filter: none
            for (int x = 0, p = y * w; x < w; x++, p++) {
                int rgb = pixels[p];
                raw[at++] = (byte) (rgb >> 16);
                raw[at++] = (byte) (rgb >> 8);
                raw[at++] = (byte) rgb;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8);
        out.writeBytes(SIGNATURE);
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put(new byte[] {8, 2, 0, 0, 0}).array());
        chunk(out, "IDAT", deflate(raw));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Reads an 8-bit RGB, non-interlaced PNG; null for any other kind, which then takes the slow path. */
    static Rgb readRgb(byte[] png) {
        if (png.length < 33 || !Arrays.equals(Arrays.copyOf(png, 8), SIGNATURE)) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(png.length);
        int width = 0;
        int height = 0;
        while (in.remaining() >= 12) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            String name = new String(type, StandardCharsets.US_ASCII);
            if (length < 0 || length > in.remaining() - 4) {
                return null;
            }
            if (name.equals("IHDR")) {
                width = in.getInt(in.position());
                height = in.getInt(in.position() + 4);
                byte[] rest = {png[in.position() + 8], png[in.position() + 9], png[in.position() + 12]};
                if (!Arrays.equals(rest, new byte[] {8, 2, 0})) {
                    return null;
                }
            } else if (name.equals("IDAT")) {
                idat.write(png, in.position(), length);
            }
            in.position(in.position() + length + 4);
        }
        return width > 0 && height > 0 && idat.size() > 0 ? new Rgb(width, height, idat.toByteArray()) : null;
    }

    /** The width of any PNG, from its header; 0 when the bytes are not a PNG. */
    static int width(byte[] png) {
        return png.length >= 24 && Arrays.equals(Arrays.copyOf(png, 8), SIGNATURE) ? ByteBuffer.wrap(png).getInt(16) : 0;
    }

    /** The height of any PNG, from its header; 0 when the bytes are not a PNG. */
    static int height(byte[] png) {
        return png.length >= 24 && Arrays.equals(Arrays.copyOf(png, 8), SIGNATURE) ? ByteBuffer.wrap(png).getInt(20) : 0;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
