package dev.orgwright.render;

import java.util.Objects;

/**
 * A logo to draw beside a sheet's heading: the bytes of a PNG or JPEG image and its size in
 * pixels, read from the image's header so that the heading can be laid out without decoding it.
 *
 * @param type   "image/png" or "image/jpeg"
 * @param bytes  the image file
 * @param width  its width in pixels
 * @param height its height in pixels
 */
public record Logo(String type, byte[] bytes, int width, int height) {

    public Logo {
        Objects.requireNonNull(type, "type");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The logo in {@code bytes}, or null when they are not a PNG or JPEG image whose size can be read. */
    public static Logo read(String type, byte[] bytes) {
        int[] size = "image/png".equals(type) ? pngSize(bytes) : "image/jpeg".equals(type) ? jpegSize(bytes) : null;
        return size == null || size[0] <= 0 || size[1] <= 0 ? null : new Logo(type, bytes, size[0], size[1]);
    }

    /** The logo drawn this many units high keeps its proportions at this width. */
    public double widthAt(double drawnHeight) {
        return drawnHeight * width / height;
    }

    private static int[] pngSize(byte[] b) {
        if (b.length < 24 || (b[0] & 0xFF) != 0x89 || b[1] != 'P' || b[2] != 'N' || b[3] != 'G') {
            return null;
        }
        return new int[] {int32(b, 16), int32(b, 20)};
    }

    private static int[] jpegSize(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return null;
        }
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[i + 1] & 0xFF;
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                int height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                int width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
                return new int[] {width, height};
            }
            i += 2 + length;
        }
        return null;
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Logo other && type.equals(other.type) && java.util.Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
    }
}
