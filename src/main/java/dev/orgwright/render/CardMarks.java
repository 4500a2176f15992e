package dev.orgwright.render;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.diff.ChangeKind;
import dev.orgwright.rules.Finding;
import dev.orgwright.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The marks drawn over a card: rings for the chain of command, a drop target and a search
 * match; the findings badge (count, coloured by the worst severity) on the top-right corner;
 * and, on a collapsed manager, a pill with the number of hidden reports.
 */
final class CardMarks {

    private static final double BADGE_RADIUS = 9;
    private static final double PILL_HEIGHT = 16;

    private CardMarks() {
    }

    static void paint(Surface s, Theme theme, PositionId id, Box box, Viewport v, ChartLayout layout, Decorations marks,
            boolean hasReports) {
        double x = Math.round(v.toSurfaceX(box.x()));
        double y = Math.round(v.toSurfaceY(box.y()));
        double w = Math.max(1, Math.round(v.toSurfaceX(box.right())) - x);
        double h = Math.max(1, Math.round(v.toSurfaceY(box.bottom())) - y);
        double scale = v.scale();
        double radius = theme.card().cornerRadius() * scale;
        Theme.Marks colours = theme.marks();
        if (marks.changes() != null) {
            changeMark(s, id, x, y, w, h, radius, scale, marks.changes());
        }
        if (marks.chainOfCommand().contains(id)) {
            ring(s, x, y, w, h, radius, Math.max(1.5, 2 * scale), colours.chain());
        }
        if (marks.matches().contains(id)) {
            ring(s, x, y, w, h, radius, Math.max(2, 3 * scale), colours.match());
        }
        if (id.equals(marks.dropTarget())) {
            ring(s, x, y, w, h, radius, Math.max(2, 3 * scale),
                    marks.dropRefused() ? colours.dropRefused() : colours.dropAllowed());
        }
        if (h < ChartPainter.MIN_TEXT_CARD_HEIGHT) {
            return; // too small for badges to be read
        }
        if (marks.findings() != null) {
            List<Finding> findings = marks.findings().findingsFor(id);
            Optional<Severity> worst = marks.findings().worstFor(id);
            if (worst.isPresent()) {
                Rgba colour = switch (worst.get()) {
                    case ERROR -> colours.error();
                    case WARNING -> colours.warning();
                    case INFO -> colours.info();
                };
                double r = BADGE_RADIUS * scale;
                double cx = x + w - r * 0.6;
                double cy = y + r * 0.6;
                s.fillRect(cx - r, cy - r, 2 * r, 2 * r, r, colour);
                s.text(String.valueOf(findings.size()), cx, cy + 4 * scale, TextAlign.CENTRE,
                        new TextStyle(11 * scale, true, false, colours.badgeText()));
            }
        }
        int hidden = layout.hiddenReports(id);
        if (hidden > 0) {
            String label = "+" + hidden;
            double ph = PILL_HEIGHT * scale;
            double pw = (14 + 7 * label.length()) * scale;
            double px = x + w / 2 - pw / 2;
            double py = y + h - ph / 2;
            s.fillRect(px, py, pw, ph, ph / 2, theme.line());
            s.text(label, x + w / 2, py + ph - 4.5 * scale, TextAlign.CENTRE,
                    new TextStyle(10.5 * scale, true, false, colours.badgeText()));
        } else if (hasReports && id.equals(marks.selected())) {
            // The selected manager shows the control that folds its team away.
            double r = Math.max(6, 7 * scale);
            double cx = x + w / 2;
            double cy = y + h;
            s.fillRect(cx - r, cy - r, 2 * r, 2 * r, r, theme.line());
            s.line(cx - r * 0.5, cy, cx + r * 0.5, cy, LineStyle.solid(colours.badgeText(), Math.max(1.5, 1.5 * scale)));
        }
    }

    /** A ghost is faded and outlined with dashes; any other changed card gets a ring in its kind's colour. */
    private static void changeMark(Surface s, PositionId id, double x, double y, double w, double h, double radius,
                                   double scale, ChangeMarks changes) {
        ChangeMarks.Colours colours = ChangeMarks.Colours.LIGHT;
        if (changes.ghosts().contains(id)) {
            s.fillRect(x, y, w, h, radius, colours.veil());
            double width = Math.max(1.5, 2 * scale);
            s.strokeRect(x - width / 2, y - width / 2, w + width, h + width, radius + width / 2,
                    LineStyle.dashed(colours.removed(), width, Math.max(3, 6 * scale)));
        } else {
            ChangeKind.Group group = changes.groups().get(id);
            if (group != null) {
                ring(s, x, y, w, h, radius, Math.max(2, 3 * scale), colours.of(group));
            }
        }
        if (id.equals(changes.focused())) {
            double width = Math.max(3, 5 * scale);
            double gap = Math.max(3, 4 * scale);
            ring(s, x - gap, y - gap, w + 2 * gap, h + 2 * gap, radius + gap, width,
                    changes.ghosts().contains(id) ? colours.removed() : colours.of(changes.groups()
                            .getOrDefault(id, ChangeKind.Group.CHANGED)));
        }
    }

    private static void ring(Surface s, double x, double y, double w, double h, double radius, double width, Rgba colour) {
        s.strokeRect(x - width / 2, y - width / 2, w + width, h + width, radius + width / 2,
                LineStyle.solid(colour, width));
    }
}
