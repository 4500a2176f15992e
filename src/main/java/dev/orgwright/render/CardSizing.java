package dev.orgwright.render;

import dev.orgwright.layout.CardSize;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.Position;
import java.util.List;
import java.util.Objects;

/** Sizes cards to fit their text as a given surface's fonts measure it, in {@link CardMetrics}. */
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
        double title = measure.width(CardMetrics.titleLine(position), CardMetrics.titleStyle(theme));
        double holder = content.holders()
                ? measure.width(CardMetrics.holderLine(position), CardMetrics.holderStyle(theme, position)) : 0;
        List<String> duties = content.dutyLines(position);
        double widest = Math.max(title, holder);
        TextStyle dutyStyle = CardContent.dutyStyle(theme);
        for (String line : duties) {
            widest = Math.max(widest, Math.min(CardContent.MAX_DUTY_WIDTH, measure.width(line, dutyStyle)));
        }
        return new CardSize(CardMetrics.widthFor(widest, 0), content.height(duties.size()));
    }
}
