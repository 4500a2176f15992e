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
        double holder = content.lines().contains(dev.orgwright.model.CardTemplate.HOLDER)
                ? measure.width(CardMetrics.holderLine(position), CardMetrics.holderStyle(theme, position)) : 0;
        List<String> duties = content.dutyLines(position);
        double widest = Math.max(title, holder);
        TextStyle dutyStyle = CardContent.dutyStyle(theme);
        if (content.lines().contains(dev.orgwright.model.CardTemplate.DEPARTMENT) && position.department() != null) {
            // Other template lines need the whole chart (a field's privacy, the team below): the card clips them.
            widest = Math.max(widest, Math.min(CardContent.MAX_DUTY_WIDTH,
                    measure.width(position.department().strip(), dutyStyle)));
        }
        for (String line : duties) {
            widest = Math.max(widest, Math.min(CardContent.MAX_DUTY_WIDTH, measure.width(line, dutyStyle)));
        }
        double photo = content.showsPhoto(position) ? CardContent.PHOTO_SPACE : 0;
        return new CardSize(CardMetrics.widthFor(widest, 0) + photo, content.height(duties.size()));
    }
}
