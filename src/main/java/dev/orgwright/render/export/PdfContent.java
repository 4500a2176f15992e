package dev.orgwright.render.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;

/**
 * The operators of one PDF content stream, written as bytes into a buffer that is handed on
 * to {@code out} as it fills. PDFBox's own content stream re-shapes every text with the font's
 * substitution tables and formats every number through a general formatter; a chart of 10,000
 * cards spends most of its export time there, so the exporter writes its few operators itself.
 * Coordinates get two decimals (a hundredth of a chart pixel), colour channels three (enough
 * to give back every 8-bit value exactly).
 */
final class PdfContent {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final MathContext MATRIX_PRECISION = new MathContext(9);
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000, 1_000_000_000};

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    PdfContent(OutputStream out) {
        this.out = out;
    }

    /** A coordinate or length, to a hundredth, followed by a space. */
    PdfContent num(double v) {
        long hundredths = Math.round(v * 100);
        room(24);
        if (hundredths < 0) {
            buffer[used++] = '-';
            hundredths = -hundredths;
        }
        digits(hundredths / 100);
        int frac = (int) (hundredths % 100);
        if (frac != 0) {
            buffer[used++] = '.';
            buffer[used++] = (byte) ('0' + frac / 10);
            if (frac % 10 != 0) {
                buffer[used++] = (byte) ('0' + frac % 10);
            }
        }
        buffer[used++] = ' ';
        return this;
    }

    /** An 8-bit colour channel as the fraction PDF wants, to three decimals, followed by a space. */
    PdfContent channel(int value) {
        int thousandths = (int) Math.round(value * 1000 / 255.0);
        room(8);
        if (thousandths >= 1000) {
            buffer[used++] = '1';
        } else if (thousandths == 0) {
            buffer[used++] = '0';
        } else {
            buffer[used++] = '0';
            buffer[used++] = '.';
            buffer[used++] = (byte) ('0' + thousandths / 100);
            int rest = thousandths % 100;
            if (rest != 0) {
                buffer[used++] = (byte) ('0' + rest / 10);
                if (rest % 10 != 0) {
                    buffer[used++] = (byte) ('0' + rest % 10);
                }
            }
        }
        buffer[used++] = ' ';
        return this;
    }

    /**
     * A matrix entry with nine significant digits: a scale that fits 100,000 cards on one page
     * is a few hundred-thousandths, which two decimals would lose.
     */
    PdfContent exact(double v) {
        return raw(new BigDecimal(v).round(MATRIX_PRECISION).stripTrailingZeros().toPlainString()).raw(" ");
    }

    /** An operator and the end of its line. */
    PdfContent op(String operator) {
        raw(operator);
        room(1);
        buffer[used++] = '\n';
        return this;
    }

    /** A resource name such as {@code /F1}, followed by a space. */
    PdfContent name(String name) {
        room(1);
        buffer[used++] = '/';
        return raw(name).raw(" ");
    }

    /** A string of two-byte glyph ids as a hex string, followed by a space. */
    PdfContent glyphs(char[] ids, int count) {
        return glyphs(ids, 0, count);
    }

    /** {@code count} two-byte glyph ids from {@code ids[from]} as a hex string, followed by a space. */
    PdfContent glyphs(char[] ids, int from, int count) {
        room(1);
        buffer[used++] = '<';
        for (int i = from; i < from + count; i++) {
            room(4);
            char g = ids[i];
            buffer[used++] = HEX[(g >> 12) & 0xF];
            buffer[used++] = HEX[(g >> 8) & 0xF];
            buffer[used++] = HEX[(g >> 4) & 0xF];
            buffer[used++] = HEX[g & 0xF];
        }
        room(2);
        buffer[used++] = '>';
        buffer[used++] = ' ';
        return this;
    }

    /** A text string as UTF-16 with its byte order mark, in hex (for an ActualText), followed by a space. */
    PdfContent utf16(String text) {
        char[] units = new char[text.length() + 1];
        units[0] = '\uFEFF';
        text.getChars(0, text.length(), units, 1);
        return glyphs(units, units.length);
    }

    /** ASCII text as it is. */
    PdfContent raw(String ascii) {
        int n = ascii.length();
        for (int i = 0; i < n; i++) {
            room(1);
            buffer[used++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    /** Hands the rest of the buffer on. */
    void flush() {
        try {
            out.write(buffer, 0, used);
            used = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code v}, not negative, two digits at a time from the right as the JDK does. */
    private void digits(long v) {
        if (v > Integer.MAX_VALUE) {
            raw(Long.toString(v));
            return;
        }
        int n = (int) v;
        int count = 1;
        while (count < POWERS_OF_TEN.length && n >= POWERS_OF_TEN[count]) {
            count++;
        }
        int at = used + count;
        while (n >= 100) {
            int q = n / 100;
            int r = n - q * 100;
            n = q;
            buffer[--at] = (byte) ('0' + r % 10);
            buffer[--at] = (byte) ('0' + r / 10);
        }
        buffer[--at] = (byte) ('0' + n % 10);
        if (n >= 10) {
            buffer[--at] = (byte) ('0' + n / 10);
        }
        used += count;
    }

    private void room(int bytes) {
        if (used + bytes > buffer.length) {
            flush();
        }
    }
}
