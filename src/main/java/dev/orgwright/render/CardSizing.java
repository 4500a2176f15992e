package dev.orgwright.render;

import dev.orgwright.layout.CardSize;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.Position;
import java.util.Objects;

/**
 * Sizes cards to fit their text as a given surface's fonts measure it, in {@link CardMetrics}: a
 * card is as wide as its text up to a limit, and a text wider than that wraps onto more lines
 * (up to a few, see {@link CardContent}), making the card taller.
 */
public final class CardSizing implements CardSizer {

    private final TextMeasure measure;
    private final Theme theme;
    private final CardContent content;

    public CardSizing(TextMeasure measure, Theme theme) {
        this(measure, theme, CardContent.DEFAULT);
    }

    /** Cards showing {@code content}: without holders they are shorter, with duties taller. */
    public CardSizing(TextMeasure measure, Theme theme, CardContent content) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.content = Objects.requireNonNull(content, "content");
    }

    @Override
    public CardSize sizeOf(Position position) {
        double width = CardMetrics.widthFor(content.naturalTextWidth(position, measure, theme), 0);
        CardText text = content.text(position, width - 2 * CardMetrics.PADDING_X, measure, theme);
        return new CardSize(width, content.height(text));
    }
}
