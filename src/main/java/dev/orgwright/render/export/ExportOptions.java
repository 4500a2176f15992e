package dev.orgwright.render.export;

import dev.orgwright.render.CardContent;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Theme;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an export shows, chosen once in the export dialog (or on the command line) and honoured
 * by every output: PNG, SVG, PDF, print and presentation mode.
 *
 * @param holders    holders' names on the cards (off: roles without people)
 * @param duties     the duties listed on the cards
 * @param badges     the findings badges
 * @param legend     a legend of the tiers' colours above the chart
 * @param title      a heading above the chart; blank for none
 * @param date       a date under the heading; null for none
 * @param background the colour behind the chart
 * @param scope      the whole chart, a subtree, or the current view
 * @param includePrivate whether private values (a private field's value, the cost) may appear on
 *                   the cards; off unless the user asks for them for this output
 */
public record ExportOptions(boolean holders, boolean duties, boolean badges, boolean legend, String title,
                            LocalDate date, Background background, ExportScope scope, boolean includePrivate) {

    /** What is behind the chart. */
    public enum Background {
        /** White, as on paper; a dark theme keeps its own dark background, on which its text is written. */
        WHITE,
        /** Nothing: a PNG with a transparent background, to lay over a slide. */
        TRANSPARENT,
        /** The light grey of the window. */
        SCREEN;

        /** {@code theme} with this background. */
        public Theme apply(Theme theme) {
            return switch (this) {
                // A dark theme's light text would vanish on white: its sheets keep their own dark paper.
                case WHITE -> theme.isDark() ? theme : theme.withBackground(Rgba.hex("#FFFFFF"));
                case TRANSPARENT -> theme.withBackground(new Rgba(255, 255, 255, 0));
                case SCREEN -> theme;
            };
        }
    }

    /** Holders, badges and legend on, duties off, no heading, white, the whole chart. */
    public static final ExportOptions DEFAULT = new ExportOptions(true, false, true, true, "", null,
            Background.WHITE, ExportScope.WHOLE, false);

    public ExportOptions {
        title = title == null ? "" : title.strip();
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(scope, "scope");
    }

    /** Holders and duties as asked, private values left out. */
    public ExportOptions(boolean holders, boolean duties, boolean badges, boolean legend, String title,
                         LocalDate date, Background background, ExportScope scope) {
        this(holders, duties, badges, legend, title, date, background, scope, false);
    }

    /** The same options, with or without private values on the cards. */
    public ExportOptions withIncludePrivate(boolean v) {
        return new ExportOptions(holders, duties, badges, legend, title, date, background, scope, v);
    }

    /** What the cards show. */
    public CardContent content() {
        return new CardContent(holders, duties);
    }

    public ExportOptions withHolders(boolean v) {
        return new ExportOptions(v, duties, badges, legend, title, date, background, scope, includePrivate);
    }

    public ExportOptions withDuties(boolean v) {
        return new ExportOptions(holders, v, badges, legend, title, date, background, scope, includePrivate);
    }

    public ExportOptions withBadges(boolean v) {
        return new ExportOptions(holders, duties, v, legend, title, date, background, scope, includePrivate);
    }

    public ExportOptions withLegend(boolean v) {
        return new ExportOptions(holders, duties, badges, v, title, date, background, scope, includePrivate);
    }

    public ExportOptions withTitle(String v) {
        return new ExportOptions(holders, duties, badges, legend, v, date, background, scope, includePrivate);
    }

    public ExportOptions withDate(LocalDate v) {
        return new ExportOptions(holders, duties, badges, legend, title, v, background, scope, includePrivate);
    }

    public ExportOptions withBackground(Background v) {
        return new ExportOptions(holders, duties, badges, legend, title, date, v, scope, includePrivate);
    }

    public ExportOptions withScope(ExportScope v) {
        return new ExportOptions(holders, duties, badges, legend, title, date, background, v, includePrivate);
    }
}
