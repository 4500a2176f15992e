package dev.orgwright.render.deck;

import dev.orgwright.render.RenderTexts;
import dev.orgwright.analysis.AnalysisTables;
import dev.orgwright.layout.CardSize;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Chart;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.CardContent;
import dev.orgwright.render.CardLines;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.render.CardSizing;
import dev.orgwright.render.CardText;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.Theme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a card on a slide says and how big it is: the lines of the chart's card template in their
 * order and the duties, with the texts and sizes every drawing gives them (one {@link CardSizing}
 * and {@link CardLines}), then the private values when the deck includes them, then, on a card
 * whose team is shown on a slide of its own, a line pointing there.
 */
final class DeckCards {

    /** The extra lines' size and spacing, in chart units: those of the duty lines. */
    static final double EXTRA_SIZE = CardContent.DUTY_SIZE;
    static final double EXTRA_LINE = 15;
    /** Room kept for the reference line, whatever the slide number turns out to be. */
    static String referenceSample() {
        return RenderTexts.t("deck.teamContinues", 999);
    }

    private final Chart chart;
    private final CardContent content;
    private final CardLines lines;
    private final boolean includePrivate;
    private final CardSizing sizing;
    private final TextMeasure measure;
    private final Theme theme;

    DeckCards(Chart chart, DeckOptions options, TextMeasure measure, Theme theme) {
        this.chart = chart;
        this.content = new CardContent(options.holders(), options.duties()).withTemplate(CardTemplate.of(chart.settings()));
        this.lines = new CardLines(options.includePrivate());
        this.includePrivate = options.includePrivate();
        this.sizing = new CardSizing(measure, theme, content);
        this.measure = measure;
        this.theme = theme;
    }

    CardContent content() {
        return content;
    }

    /**
     * The lines of {@code p}'s card on a slide drawn at {@code scale} points per chart unit, whose
     * text may be {@code textWidth} chart units wide: the lines every other drawing shows (same
     * measure, same breaks, the same "…"), unless the slide's text is set larger than its scale
     * (no text under the deck's smallest size), when they are broken at that larger size so that
     * they still fit the card.
     */
    CardText text(Position p, double textWidth, double scale) {
        return content.text(p, textWidth, atSlideSize(scale), theme);
    }

    /** Widths in chart units of text set at the size the slide gives it. */
    TextMeasure atSlideSize(double scale) {
        return (text, style) -> measure.width(text, style.withSize(Math.max(style.size(),
                Pptx.round(style.size() * scale) / scale)));
    }

    /** The text of a template line other than title and holder; empty when it has nothing to show or is private. */
    String lineText(String line, Position p) {
        return lines.text(line, chart, p);
    }

    /** "Reference: text" of the cost and the private fields that have a value; none unless the deck includes private data. */
    List<String> privateLines(Position p) {
        if (!includePrivate) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        if (p.cost() != null) {
            lines.add(RenderTexts.t("deck.cost", AnalysisTables.money(p.cost(), chart)));
        }
        for (FieldDefinition f : chart.fields()) {
            if (f.isPrivate() && !content.lines().contains(CardTemplate.FIELD + f.id())) {
                p.fieldValues().get(f.id()).ifPresent(v -> lines.add(f.name() + ": " + text(v)));
            }
        }
        return lines;
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal n) {
            return AnalysisTables.number(n);
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /** The sizes of cards on a slide where the teams of {@code folded} continue elsewhere. */
    CardSizer sizer(Set<PositionId> folded) {
        TextStyle extra = new TextStyle(EXTRA_SIZE, false, false, theme.holder());
        return position -> {
            CardSize base = sizing.sizeOf(position);
            List<String> lines = new ArrayList<>(privateLines(position));
            if (folded.contains(position.id())) {
                lines.add(referenceSample());
            }
            if (lines.isEmpty()) {
                return base;
            }
            double widest = 0;
            for (String line : lines) {
                widest = Math.max(widest, Math.min(CardContent.MAX_DUTY_WIDTH, measure.width(line, extra)));
            }
            return new CardSize(Math.max(base.width(), CardMetrics.widthFor(widest, 0)),
                    base.height() + lines.size() * EXTRA_LINE);
        };
    }
}
