package dev.orgwright.render.deck;

import dev.orgwright.render.RenderTexts;
import dev.orgwright.analysis.RoleCharter;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The role charters as an appendix of the deck, in native text that can be edited in the meeting:
 * short charters share a slide, a long one continues on the next. A charter holds no cost, salary
 * or private field, so the appendix needs no private switch; the holder is shown only when the
 * deck shows holders.
 */
final class CharterSlides {

    static final double NAME = 16;
    static final double SECTION = 12;
    static final double TEXT = 11;
    /** How much taller than its font a line of text is. */
    private static final double LEADING = 1.25;
    /** The gap between two charters on one slide. */
    private static final double GAP = 14;
    /** Box names start with this, then the position's id. */
    static final String BOX = "Charter: ";

    /** One paragraph of a charter, and how tall it is once wrapped to the slide's width. */
    private record Line(String text, double size, boolean bold, boolean italic, double height) {
    }

    private final Theme theme;
    private final DeckFrame frame;
    private final TextMeasure measure;
    private final boolean holders;

    CharterSlides(Theme theme, DeckFrame frame, TextMeasure measure, boolean holders) {
        this.theme = theme;
        this.frame = frame;
        this.measure = measure;
        this.holders = holders;
    }

    /** A slide of the appendix and the charters (or parts of them) it holds, for its heading. */
    private static final class Page {
        final SlideShapes slide;
        final List<String> titles = new ArrayList<>();
        double used;

        Page(SlideShapes slide) {
            this.slide = slide;
        }
    }

    /** Writes the charters on as many slides as they need, each made by {@code newSlide}; returns how many. */
    int write(List<RoleCharter> charters, SlideDecor decor, Supplier<SlideShapes> newSlide) {
        List<Page> pages = new ArrayList<>();
        Page page = null;
        for (RoleCharter c : charters) {
            List<Line> lines = lines(c);
            if (page != null && page.used + GAP + height(lines) <= frame.areaHeight()) {
                page.used += GAP;
            } else {
                page = null;
            }
            int from = 0;
            int part = 1;
            while (from < lines.size()) {
                if (page == null) {
                    page = new Page(newSlide.get());
                    pages.add(page);
                }
                List<Line> chunk = new ArrayList<>();
                double h = 0;
                if (part > 1) {
                    Line again = line(RenderTexts.t("deck.continued", c.title()), NAME, true, false);
                    chunk.add(again);
                    h += again.height();
                }
                int to = from;
                while (to < lines.size() && (to == from || page.used + h + lines.get(to).height() <= frame.areaHeight())) {
                    chunk.add(lines.get(to));
                    h += lines.get(to).height();
                    to++;
                }
                box(page.slide, c.id(), page.used, chunk);
                page.titles.add(part > 1 ? RenderTexts.t("deck.continued", c.title()) : c.title());
                page.used += h;
                from = to;
                if (from < lines.size()) {
                    decor.note(page.slide, RenderTexts.t("charter.continues", c.title()));
                    page = null;
                    part++;
                }
            }
        }
        for (Page p : pages) {
            // One charter's slide is named after it; a shared slide names its charters under the heading.
            decor.heading(p.slide, p.titles.size() == 1 ? RenderTexts.t("charter.one", p.titles.get(0)) : RenderTexts.t("charter.many"),
                    p.titles.size() == 1 ? "" : String.join(" · ", p.titles));
        }
        return pages.size();
    }

    private void box(SlideShapes slide, String id, double y, List<Line> lines) {
        double h = height(lines);
        SlideShapes.TextBox box = slide.textBox(BOX + id, frame.areaX(), frame.areaY() + y, frame.areaWidth(), h);
        for (Line l : lines) {
            box.paragraph(l.text(), l.size(), l.bold(), l.italic(), l.bold() ? theme.title() : colour(l),
                    SlideShapes.Align.LEFT);
        }
    }

    private Rgba colour(Line l) {
        return l.italic() ? theme.holder() : theme.title();
    }

    /**
     * A charter's paragraphs: its title, then the facts,
     * its purpose, its duties with the linked responsibility and the role in it, its decision rights
     * and its dotted lines.
     */
    private List<Line> lines(RoleCharter c) {
        List<Line> out = new ArrayList<>();
        out.add(line(c.title(), NAME, true, false));
        List<String> facts = new ArrayList<>();
        if (holders) {
            facts.add(RenderTexts.t("charter.holder", c.holder().isEmpty() ? RenderTexts.t("charter.vacant") : c.holder()));
        }
        facts.add(RenderTexts.t("charter.tier", c.tier().isEmpty() ? RenderTexts.t("charter.none") : c.tier()));
        if (!c.department().isEmpty()) {
            facts.add(RenderTexts.t("charter.department", c.department()));
        }
        facts.add(RenderTexts.t("charter.reportsTo", c.reportsTo().isEmpty() ? RenderTexts.t("charter.nobody") : c.reportsTo()));
        out.add(line(String.join(" · ", facts), TEXT, false, false));
        out.add(line(RenderTexts.t("charter.directReports", c.directReports().isEmpty() ? RenderTexts.t("charter.none")
                : String.join(", ", c.directReports())),
                TEXT, false, false));
        out.add(line(RenderTexts.t("charter.purpose"), SECTION, true, false));
        if (c.purpose().isEmpty()) {
            out.add(line(RenderTexts.t("charter.notWritten"), TEXT, false, true));
        }
        for (String paragraph : c.purpose().isEmpty() ? new String[0] : c.purpose().split("\\R")) {
            out.add(line(paragraph, TEXT, false, false));
        }
        out.add(line(RenderTexts.t("charter.duties"), SECTION, true, false));
        if (c.duties().isEmpty()) {
            out.add(line(RenderTexts.t("charter.noneYet"), TEXT, false, true));
        }
        for (RoleCharter.CharterDuty d : c.duties()) {
            String text = "• " + d.text();
            if (d.role() != null) {
                text += " — " + d.role().letter() + " (" + RenderTexts.t("charter.role." + d.role().letter().toLowerCase(java.util.Locale.ROOT)) + "): "
                        + d.responsibility();
            }
            out.add(line(text, TEXT, false, false));
        }
        out.add(line(RenderTexts.t("charter.decisionRights"), SECTION, true, false));
        if (c.decisionRights().isEmpty()) {
            out.add(line(RenderTexts.t("charter.noDecisionRights"), TEXT, false, true));
        }
        c.decisionRights().forEach(r -> out.add(line("• " + RenderTexts.t("charter.accountableFor", r), TEXT, false, false)));
        out.add(line(RenderTexts.t("charter.dottedLines", c.dottedLines().isEmpty() ? RenderTexts.t("charter.none")
                : String.join(", ", c.dottedLines())),
                TEXT, false, false));
        return out;
    }

    private Line line(String text, double size, boolean bold, boolean italic) {
        return new Line(text, size, bold, italic, wrappedLines(text, size, bold) * size * LEADING);
    }

    /** How many lines the text wraps to across the slide, word by word, with a margin for the program's own metrics. */
    private int wrappedLines(String text, double size, boolean bold) {
        TextStyle style = new TextStyle(size, bold, false, theme.title(), Pptx.FONT);
        double width = frame.areaWidth() * 0.92;
        int lines = 1;
        double x = 0;
        for (String word : text.split(" ")) {
            double w = measure.width(word + " ", style);
            if (x > 0 && x + w > width) {
                lines++;
                x = 0;
            }
            // A word longer than the line breaks inside itself.
            while (w > width) {
                lines++;
                w -= width;
            }
            x += w;
        }
        return Math.max(1, lines);
    }

    private static double height(List<Line> lines) {
        return lines.stream().mapToDouble(Line::height).sum();
    }
}
