package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick pass over a whole document judges as the byte-by-byte check that says where. */
class Utf8CheckTest {

    private static boolean fedWhole(byte[] bytes) {
        try {
            Utf8Check check = new Utf8Check();
            check.feed(bytes, 0, bytes.length);
            check.finish();
            return true;
        } catch (Utf8Check.InvalidUtf8Exception e) {
            return false;
        }
    }

    /** Java's own decoder, told to refuse what is not UTF-8, follows the same table of the standard. */
    private static boolean decodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void refusesOverlongFormsSurrogatesBeyondTheLastCodePointAndCutCharacters() {
        assertFalse(Utf8Check.isValid(bytes('a', 0xC0, 0xAF)));
        assertFalse(Utf8Check.isValid(bytes(0xE0, 0x80, 0xAF)));
        assertFalse(Utf8Check.isValid(bytes(0xED, 0xA0, 0x80)));
        assertFalse(Utf8Check.isValid(bytes(0xF4, 0x90, 0x80, 0x80)));
        assertFalse(Utf8Check.isValid(bytes(0xF5, 0x80, 0x80, 0x80)));
        assertFalse(Utf8Check.isValid(bytes('x', 0xE2, 0x82)));
        assertFalse(Utf8Check.isValid(bytes(0x80)));
        assertTrue(Utf8Check.isValid("Zoë → 日本 😀 {\"a\": 1}\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Utf8Check.isValid(new byte[0]));
    }

    @Test
    void anInvalidDocumentIsStillToldWhere() {
        Utf8Check.InvalidUtf8Exception e = assertThrows(Utf8Check.InvalidUtf8Exception.class,
                () -> Utf8Check.check(bytes('{', '\n', ' ', 'a', 0xED, 0xA0, 0x80)));
        assertEquals(2, e.line);
        assertEquals(3, e.column);
    }

    @Test
    void judgesRandomBytesAsTheByteByByteCheckAndJavasDecoderDo() {
        Random random = new Random(20261203);
        int[] pool = {'a', '\n', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
            0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
        int valid = 0;
        for (int round = 0; round < 200_000; round++) {
            byte[] b = new byte[random.nextInt(7)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) pool[random.nextInt(pool.length)];
            }
            boolean quick = Utf8Check.isValid(b);
            assertEquals(fedWhole(b), quick, () -> java.util.HexFormat.ofDelimiter(" ").formatHex(b));
            assertEquals(decodes(b), quick, () -> java.util.HexFormat.ofDelimiter(" ").formatHex(b));
            valid += quick ? 1 : 0;
        }
        assertTrue(valid > 1_000, "too few valid samples to mean anything: " + valid);
    }
}
