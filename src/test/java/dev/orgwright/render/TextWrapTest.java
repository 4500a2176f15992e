package dev.orgwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    /** Ten units a character, whatever the font. */
    private static final TextMeasure TEN = (text, style) -> text.codePointCount(0, text.length()) * 10.0;
    private static final TextStyle STYLE = new TextStyle(13, true, false, Rgba.hex("#000000"));

    private static List<String> wrap(String text, double width, int lines) {
        return TextWrap.lines(text, width, lines, TEN, STYLE);
    }

    @Test
    void aTextThatFitsStaysOneLine() {
        assertEquals(List.of("Head of Sales"), wrap("Head of Sales", 200, 3));
    }

    @Test
    void aLongTextBreaksBetweenWords() {
        assertEquals(List.of("Chief Executive", "Officer"), wrap("Chief Executive Officer", 160, 3));
    }

    @Test
    void theLastLineEndsWithAnEllipsisWhenTheTextIsCut() {
        // Twelve characters a line: "Strategy" and the ellipsis fit, and cutting inside "Planning" would not.
        assertEquals(List.of("Director of", "Strategy…"), wrap("Director of Strategy Planning and Performance", 120, 2));
        assertEquals(List.of("Director of", "StrategyPla…"), wrap("Director of StrategyPlanning", 120, 2));
    }

    @Test
    void anEllipsisFollowsAWholeWordWhenLittleIsLost() {
        // "Strategy and" fits with room for the ellipsis; cutting inside "Planning" would gain one letter only.
        assertEquals(List.of("Strategy and…"), wrap("Strategy and Planning", 130, 1));
    }

    @Test
    void aWordLongerThanTheLineIsBroken() {
        assertEquals(List.of("Donaudampfsc", "hifffahrtsge", "sellschaft"), wrap("Donaudampfschifffahrtsgesellschaft",
                120, 3));
    }

    @Test
    void aVeryLongWordIsBrokenAndCutWithAnEllipsis() {
        List<String> lines = wrap("Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz", 100, 2);
        assertEquals("Rindfleisc", lines.get(0));
        assertEquals("hetiketti…", lines.get(1));
        assertEquals(100, TEN.width(lines.get(1), STYLE));
        assertTrue(lines.get(1).endsWith(TextWrap.ELLIPSIS), lines.toString());
    }

    @Test
    void chineseWithoutSpacesBreaksBetweenCharacters() {
        assertEquals(List.of("首席执行", "官兼董事", "会主席"), wrap("首席执行官兼董事会主席", 40, 3));
    }

    @Test
    void japaneseIsCutWithAnEllipsisAfterTheLastCharacterThatFits() {
        assertEquals(List.of("最高経営", "責任者…"), wrap("最高経営責任者兼取締役会長", 40, 2));
    }

    @Test
    void anEmptyTextIsOneEmptyLine() {
        assertEquals(List.of(""), wrap("   ", 40, 2));
    }

    @Property
    void noLineIsWiderThanAllowedAndNoneIsLost(@ForAll @StringLength(max = 120) String raw,
                                               @ForAll @IntRange(min = 2, max = 40) int columns,
                                               @ForAll @IntRange(min = 1, max = 4) int maxLines) {
        String text = raw.replace('\n', ' ').replace('\r', ' ');
        double width = columns * 10;
        List<String> lines = wrap(text, width, maxLines);
        assertTrue(lines.size() >= 1 && lines.size() <= maxLines, lines.toString());
        for (String line : lines) {
            // A line is one character at least, even when that character is wider than the line.
            assertTrue(TEN.width(line, STYLE) <= width || line.codePointCount(0, line.length()) <= 2, line);
        }
        String last = lines.get(lines.size() - 1);
        if (!last.endsWith(TextWrap.ELLIPSIS) || text.strip().endsWith(TextWrap.ELLIPSIS)) {
            // Whitespace is where lines break, so it may go; Java's whitespace, not only the regex's
            // ASCII \\s (U+001C, the file separator, is whitespace to both the wrapper and strip()).
            assertEquals(withoutWhitespace(text), withoutWhitespace(String.join("", lines)));
        }
    }

    private static String withoutWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    @Test
    void aSeparatorControlAtABreakGoesWithTheBreakAndNoLetterIsLost() {
        // Found by the property above: U+001C is whitespace to Java, and the wrapper breaks at it.
        String text = "\u2363\u77e3\u3369\ua1e6\u5e8f\uc17c\u30ec\u8208\u4062\uace5\u001c\u94c7\u7a63";
        List<String> lines = wrap(text, 100, 3);
        assertEquals(withoutWhitespace(text), withoutWhitespace(String.join("", lines)));
    }
}
