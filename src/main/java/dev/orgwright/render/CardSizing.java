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

    /** The same sizing for cards that follow {@code template}: its lines and its photo. */
    public CardSizing withTemplate(dev.orgwright.model.CardTemplate template) {
        return new CardSizing(measure, theme, content.withTemplate(template));
    }

    /** The same sizing for cards that show the holder's name or not (a view may leave holders out). */
    public CardSizing withHolders(boolean holders) {
        return new CardSizing(measure, theme, new CardContent(holders, content.duties(), content.template()));
    }

    /** Cards showing {@code content}: without holders they are shorter, with duties taller. */
    public CardSizing(TextMeasure measure, Theme theme, CardContent content) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.content = Objects.requireNonNull(content, "content");
    }

    @Override
    public CardSize sizeOf(Position position) {
        double widest = content.naturalTextWidth(position, measure, theme);
        if (content.lines().contains(dev.orgwright.model.CardTemplate.DEPARTMENT) && position.department() != null) {
            // Other template lines need the whole chart (a field's privacy, the team below): the card clips them.
            widest = Math.max(widest, Math.min(CardContent.MAX_DUTY_WIDTH,
                    measure.width(position.department().strip(), CardContent.dutyStyle(theme))));
        }
        double width = CardMetrics.widthFor(widest, 0);
        CardText text = content.text(position, width - 2 * CardMetrics.PADDING_X, measure, theme);
        double photo = content.showsPhoto(position) ? CardContent.PHOTO_SPACE : 0;
        return new CardSize(width + photo, content.height(text));
    }
}
