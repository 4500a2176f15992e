package dev.orgwright.render.export;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a PNG image row by row, so that an image far larger than memory would hold as one
 * picture can be drawn in strips and streamed out. 8-bit RGBA (or RGB when opaque), the "Sub"
 * filter on each row, one zlib stream split into IDAT chunks.
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int CHUNK = 1 << 16;

    private final DataOutputStream out;
    private final int width;
    private final int height;
    private final boolean alpha;
    private final int bytesPerPixel;
    private final Deflater deflater = new Deflater(6);
    private final byte[] row;
    private final byte[] buffer = new byte[CHUNK];
    private int rowsWritten;
    private int filled;

    /** Starts an image of {@code width} × {@code height} pixels; {@code alpha} keeps transparency. */
    public PngEncoder(OutputStream out, int width, int height, boolean alpha) throws IOException {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("A PNG needs at least one pixel, not " + width + " × " + height + ".");
        }
        this.out = new DataOutputStream(out);
        this.width = width;
        this.height = height;
        this.alpha = alpha;
        this.bytesPerPixel = alpha ? 4 : 3;
        this.row = new byte[1 + width * bytesPerPixel];
        this.out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per channel
        header[9] = (byte) (alpha ? 6 : 2); // RGBA or RGB
        chunk("IHDR", header, header.length);
    }

    /** Appends {@code count} rows, given as non-premultiplied ARGB pixels, {@code width} per row. */
    public void writeRows(int[] argb, int count) throws IOException {
        if (rowsWritten + count > height) {
            throw new IllegalStateException("More rows than the image's height.");
        }
        for (int r = 0; r < count; r++) {
            row[0] = 1; // Sub: each byte minus the same channel of the pixel to its left
            int base = r * width;
            int prevR = 0;
            int prevG = 0;
            int prevB = 0;
            int prevA = 0;
            int k = 1;
            for (int x = 0; x < width; x++) {
                int p = argb[base + x];
                int red = (p >> 16) & 0xFF;
                int green = (p >> 8) & 0xFF;
                int blue = p & 0xFF;
                row[k++] = (byte) (red - prevR);
                row[k++] = (byte) (green - prevG);
                row[k++] = (byte) (blue - prevB);
                prevR = red;
                prevG = green;
                prevB = blue;
                if (alpha) {
                    int a = p >>> 24;
                    row[k++] = (byte) (a - prevA);
                    prevA = a;
                }
            }
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                drain();
            }
        }
        rowsWritten += count;
    }

    /** Ends the image; every row must have been written. Does not close the stream. */
    public void finish() throws IOException {
        if (rowsWritten != height) {
            throw new IllegalStateException("The image has " + rowsWritten + " of its " + height + " rows.");
        }
        deflater.finish();
        while (!deflater.finished()) {
            drain();
        }
        if (filled > 0) {
            chunk("IDAT", buffer, filled);
        }
        deflater.end();
        chunk("IEND", new byte[0], 0);
        out.flush();
    }

    /** Collects compressed bytes; each full buffer becomes one IDAT chunk. */
    private void drain() throws IOException {
        filled += deflater.deflate(buffer, filled, buffer.length - filled);
        if (filled == buffer.length) {
            chunk("IDAT", buffer, filled);
            filled = 0;
        }
    }

    private void chunk(String type, byte[] data, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(length);
        out.write(name);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        out.writeInt((int) crc.getValue());
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
