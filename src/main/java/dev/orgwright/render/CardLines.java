package dev.orgwright.render;

import dev.orgwright.analysis.Analysis;
import dev.orgwright.analysis.Analyzer;
import dev.orgwright.analysis.PositionFigures;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Chart;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.Position;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The text of a card's template lines besides the title and the holder: the department, a custom
 * field's value and the roll-up of the team below. A private field and the cost are only given
 * when private data is shown ({@code includePrivate}); otherwise their line stays empty, so that
 * a drawing never carries them and the cards keep their size either way.
 */
public final class CardLines {

    private final boolean includePrivate;
    /** The figures of the chart drawn last, worked out only when a card shows a roll-up. */
    private volatile Analysis analysis;

    public CardLines(boolean includePrivate) {
        this.includePrivate = includePrivate;
    }

    /** The text of {@code line} on {@code position}'s card; empty when it has nothing to show. */
    public String text(String line, Chart chart, Position position) {
        if (line.equals(CardTemplate.DEPARTMENT)) {
            return position.department() == null ? "" : position.department().strip();
        }
        if (line.equals(CardTemplate.ROLLUP)) {
            return rollup(chart, position);
        }
        if (line.startsWith(CardTemplate.FIELD)) {
            String id = CardTemplate.fieldOf(line);
            Optional<FieldDefinition> field = chart.field(id);
            if (field.isEmpty() || field.get().isPrivate() && !includePrivate) {
                return "";
            }
            Object v = position.fieldValues().get(id).orElse(null);
            return v == null ? "" : v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString().strip();
        }
        return "";
    }

    /** "42 below · 3.1 M": the positions below and, with private data, the cost of the team below. */
    private String rollup(Chart chart, Position position) {
        Analysis a = analysis;
        if (a == null || a.chart() != chart) {
            a = Analyzer.withDefaultBands().analyze(chart);
            analysis = a;
        }
        PositionFigures f = a.of(position.id());
        if (f.below() == 0) {
            return "";
        }
        String text = f.below() + " below";
        if (includePrivate) {
            BigDecimal own = position.cost() == null ? BigDecimal.ZERO : position.cost();
            BigDecimal below = f.costTotal().subtract(own);
            if (below.signum() > 0) {
                text += " · " + compact(below) + chart.settings().currency().map(c -> " " + c).orElse("");
            }
        }
        return text;
    }

    /** An amount in three figures at most: 950, 12.3 k, 3.1 M, 1.2 B. */
    static String compact(BigDecimal amount) {
        String[] units = {"", " k", " M", " B", " T"};
        BigDecimal value = amount;
        int unit = 0;
        while (value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 && unit < units.length - 1) {
            value = value.divide(BigDecimal.valueOf(1000));
            unit++;
        }
        int decimals = unit == 0 || value.abs().compareTo(BigDecimal.valueOf(100)) >= 0 ? 0 : 1;
        return value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + units[unit];
    }
}
