package dev.orgwright.ui.canvas;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.rules.Validation;
import dev.orgwright.ui.fx.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * What a screen reader says for a card of the canvas, which draws its cards as pixels and so has
 * no node per card: "Chief Financial Officer, Hannah Mercer, Senior Management, reports to Chief
 * Executive Officer, 2 findings". Toolkit-free, so the wording is tested without a window.
 */
public final class CardSpeech {

    private CardSpeech() {
    }

    /** The sentence for the card of {@code id}; the canvas's own description when {@code id} is null. */
    public static String of(Chart chart, Validation validation, PositionId id) {
        return of(chart, validation, id, true, true);
    }

    /**
     * The sentence for the card of {@code id} as the canvas draws it: without the holder when the
     * view hides holders ({@code holders} false), without the findings when it hides their badges.
     */
    public static String of(Chart chart, Validation validation, PositionId id, boolean holders, boolean badges) {
        if (id == null || !chart.contains(id)) {
            return chart.size() == 0 ? Texts.t("a11y.canvas.empty") : Texts.t("a11y.canvas.none", chart.size());
        }
        Position p = chart.position(id);
        List<String> parts = new ArrayList<>();
        parts.add(p.title());
        if (holders) {
            parts.add(p.isHolderUndisclosed() ? Texts.t("a11y.card.undisclosed")
                    : p.isVacant() ? Texts.t("a11y.card.vacant") : p.holder());
        }
        chart.tier(p.tierId()).ifPresentOrElse(t -> parts.add(t.name()), () -> parts.add(Texts.t("a11y.card.noTier")));
        parts.add(p.reportsTo() == null ? Texts.t("a11y.card.top")
                : Texts.t("a11y.card.reportsTo", chart.position(p.reportsTo()).title()));
        int reports = chart.childrenOf(id).size();
        if (reports > 0) {
            parts.add(reports == 1 ? Texts.t("a11y.card.report") : Texts.t("a11y.card.reports", reports));
        }
        if (!badges) {
            return String.join(", ", parts);
        }
        int findings = validation.findingsFor(id).size();
        parts.add(findings == 0 ? Texts.t("a11y.card.noFindings")
                : findings == 1 ? Texts.t("a11y.card.finding") : Texts.t("a11y.card.findings", findings));
        return String.join(", ", parts);
    }
}
