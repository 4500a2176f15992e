package dev.orgwright.render;

import dev.orgwright.layout.CardSize;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.Position;
import java.util.Objects;

/** Sizes cards to fit their text as a given surface's fonts measure it, in {@link CardMetrics}. */
public final class CardSizing implements CardSizer {

    private final TextMeasure measure;
    private final Theme theme;

    public CardSizing(TextMeasure measure, Theme theme) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    @Override
    public CardSize sizeOf(Position position) {
        double title = measure.width(position.title().strip(), CardMetrics.titleStyle(theme));
        double holder = measure.width(CardMetrics.holderLine(position), CardMetrics.holderStyle(theme, position));
        return new CardSize(CardMetrics.widthFor(title, holder), CardMetrics.HEIGHT);
    }
}
