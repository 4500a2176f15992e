package dev.orgwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.layout.CardSize;
import dev.orgwright.model.Position;
import org.junit.jupiter.api.Test;

class CardSizingTest {

    /** Seven units per character, whatever the font. */
    private final CardSizing sizing = new CardSizing((text, style) -> text.length() * 7.0, Theme.LIGHT);

    @Test
    void aShortCardIsTheMinimumWidth() {
        assertEquals(new CardSize(CardMetrics.MIN_WIDTH, CardMetrics.HEIGHT),
                sizing.sizeOf(Position.of("a", "CEO", "senior").withHolder("Maya")));
    }

    @Test
    void aLongTitleWidensTheCardToFitWithPadding() {
        String title = "Chief Executive Officer";
        CardSize size = sizing.sizeOf(Position.of("a", title, "senior"));
        assertEquals(Math.ceil(title.length() * 7.0 + 2 * CardMetrics.PADDING_X), size.width());
    }

    @Test
    void aTitleWiderThanTheLimitWrapsOntoMoreLinesAndTheCardGrowsTallerNotWider() {
        String title = "Chief Executive Officer and Chair of the Executive Committee"; // 60 × 7 = 420 units
        CardSize size = sizing.sizeOf(Position.of("a", title, "senior").withHolder("Maya"));
        assertEquals(CardContent.MAX_TEXT_WIDTH + 2 * CardMetrics.PADDING_X, size.width());
        // 220 units hold 31 characters: "Chief Executive Officer and" / "Chair of the Executive" / "Committee".
        assertEquals(CardMetrics.HEIGHT + 2 * CardContent.TITLE_LINE, size.height());
    }

    @Test
    void aTitleOfMoreThanThreeLinesStopsGrowingTheCard() {
        String title = "Deputy Director General for Strategy Planning Performance Risk Assurance and Governance"
                + " of the Whole Department";
        CardSize size = sizing.sizeOf(Position.of("a", title, "senior").withHolder("Maya"));
        assertEquals(CardMetrics.HEIGHT + (CardContent.MAX_TITLE_LINES - 1) * CardContent.TITLE_LINE, size.height());
    }

    @Test
    void aVacancyIsMeasuredWithItsVacantLine() {
        String longName = "Maximiliana Featherstonehaugh";
        CardSize held = sizing.sizeOf(Position.of("a", "CEO", "senior").withHolder(longName));
        CardSize vacant = sizing.sizeOf(Position.of("a", "CEO", "senior"));
        assertEquals(Math.ceil(longName.length() * 7.0 + 2 * CardMetrics.PADDING_X), held.width());
        assertEquals(CardMetrics.MIN_WIDTH, vacant.width());
    }

    @Test
    void aPoolIsMeasuredWithItsFteOnTheTitleLine() {
        Position pool = Position.of("a", "Senior Tax Officer", "staff").withFte(new java.math.BigDecimal("12.5"));
        String line = "Senior Tax Officer × 12.5 FTE";
        assertEquals(line, CardMetrics.titleLine(pool));
        assertEquals(Math.ceil(line.length() * 7.0 + 2 * CardMetrics.PADDING_X), sizing.sizeOf(pool).width());
        assertEquals("Senior Tax Officer", CardMetrics.titleLine(pool.withFte(java.math.BigDecimal.ONE)));
    }
}
