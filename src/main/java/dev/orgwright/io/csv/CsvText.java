package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import dev.orgwright.io.ChartFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a CSV file into text. A byte order mark decides (UTF-8, UTF-16); without
 * one the bytes are read as UTF-8 when they are valid UTF-8, and as Windows-1252 otherwise,
 * which is what Excel on Windows writes when "CSV (comma delimited)" is chosen.
 */
final class CsvText {

    /** Larger files are refused before they are read: 100,000 rows of an HR export are ~30 MB. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text and the name of the encoding it was read in, as a user would say it. */
    record Decoded(String text, String encoding) {
    }

    private CsvText() {
    }

    static void checkSize(long size, String source) throws ChartFormatException {
        if (size > MAX_BYTES) {
            throw new ChartFormatException(source, 0, 0, IoTexts.t("io.csv.tooLarge",
                    size / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
        }
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            // The mark says UTF-8; a stray bad byte becomes U+FFFD rather than changing the whole encoding.
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), IoTexts.t("io.csv.encoding.utf8Bom"));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16");
        }
        // Most files are good UTF-8: decoded at once, without the decoder's buffer of chars. Only a
        // text with a replacement character (a bad byte, or one written in the file) is checked strictly.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return new Decoded(text, "UTF-8");
        }
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), "Windows-1252");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
