package dev.orgwright.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Strict UTF-8, as the Unicode standard defines it (its table 3-7), checked byte by byte and
 * chunk by chunk. The JSON parser lets through overlong forms ({@code C0 AF} read as "/"),
 * encoded surrogates and code points beyond U+10FFFF, which would load as text nobody wrote;
 * this refuses them, and says on which line and at which character.
 */
final class Utf8Check {

    /** Bytes that are not UTF-8, at a line and column (counted in characters, from 1). */
    static final class InvalidUtf8Exception extends IOException {
        final int line;
        final int column;

        InvalidUtf8Exception(int line, int column) {
            super(IoTexts.t("io.utf8.at", String.valueOf(line), String.valueOf(column)));
            this.line = line;
            this.column = column;
        }
    }

    private int need;
    private int low = 0x80;
    private int high = 0xBF;
    private int line = 1;
    private int column;
    private int sequenceColumn;

    /**
     * Checks {@code bytes} whole. A quick pass that counts no lines comes first: a document
     * of 38 MB is checked before its chart is read, and nearly every document is valid; only
     * one that is not is gone through again to say where.
     */
    static void check(byte[] bytes) throws InvalidUtf8Exception {
        if (isValid(bytes)) {
            return;
        }
        Utf8Check check = new Utf8Check();
        check.feed(bytes, 0, bytes.length);
        check.finish();
    }

    /** Whether {@code bytes} are strict UTF-8, as {@link #feed} judges them, without saying where they stop. */
    static boolean isValid(byte[] bytes) {
        int i = 0;
        int end = bytes.length;
        while (i < end) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            int need;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (i + need >= end) {
                return false;
            }
            int next = bytes[i + 1] & 0xFF;
            if (next < low || next > high) {
                return false;
            }
            for (int k = 2; k <= need; k++) {
                int c = bytes[i + k] & 0xFF;
                if (c < 0x80 || c > 0xBF) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
    }

    /** {@code in}, failing with {@link InvalidUtf8Exception} where its bytes stop being UTF-8. */
    static InputStream checking(InputStream in) {
        Utf8Check check = new Utf8Check();
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b < 0) {
                    check.finish();
                } else {
                    check.feed(new byte[] {(byte) b}, 0, 1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n < 0) {
                    check.finish();
                } else {
                    check.feed(b, off, n);
                }
                return n;
            }
        };
    }

    void feed(byte[] bytes, int offset, int length) throws InvalidUtf8Exception {
        for (int i = offset, end = offset + length; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (need > 0) {
                if (b < low || b > high) {
                    throw new InvalidUtf8Exception(line, sequenceColumn);
                }
                need--;
                low = 0x80;
                high = 0xBF;
                continue;
            }
            column++;
            sequenceColumn = column;
            if (b < 0x80) {
                if (b == '\n') {
                    line++;
                    column = 0;
                }
            } else if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
                high = b == 0xED ? 0x9F : 0xBF; // no surrogates
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                low = b == 0xF0 ? 0x90 : 0x80;  // no overlong forms
                high = b == 0xF4 ? 0x8F : 0xBF; // nothing beyond U+10FFFF
            } else {
                throw new InvalidUtf8Exception(line, column);
            }
        }
    }

    /** The input has ended: a character cut in the middle is not UTF-8 either. */
    void finish() throws InvalidUtf8Exception {
        if (need > 0) {
            throw new InvalidUtf8Exception(line, sequenceColumn);
        }
    }
}
