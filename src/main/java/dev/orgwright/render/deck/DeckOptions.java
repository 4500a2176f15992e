package dev.orgwright.render.deck;

import dev.orgwright.layout.LayoutOptions;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a slide deck shows, chosen on the command line or in the export dialog.
 *
 * @param size           the slides' shape
 * @param holders        holders' names on the cards (off: roles without people)
 * @param duties         the duties listed on the cards
 * @param includePrivate the cost and private fields on the cards and the cost columns in the
 *                       analysis; off by default, as in every other export
 * @param findings       a summary of the findings after the analysis
 * @param legend         a slide explaining the tier colours and line styles
 * @param title          the deck's title; blank for the chart's own
 * @param client         who the deck is for, under the title; blank for none
 * @param date           the date on the title slide; null for none
 * @param charters       every position's role charter as an appendix after the analysis
 * @param wholeChart     null to cut the chart into slides per team; otherwise the layout to draw the
 *                       whole chart with on one slide, card for card where a PNG, SVG or PDF export
 *                       with the same layout puts it (its text then as small as the chart needs)
 */
public record DeckOptions(SlideSize size, boolean holders, boolean duties, boolean includePrivate, boolean findings,
                          boolean legend, String title, String client, LocalDate date, boolean charters,
                          LayoutOptions wholeChart) {

    /** 16:9, holders on, no duties, nothing private, no findings, a legend, today's date, no charters. */
    public static DeckOptions defaults() {
        return new DeckOptions(SlideSize.WIDE, true, false, false, false, true, "", "", LocalDate.now(), false,
                null);
    }

    public DeckOptions {
        Objects.requireNonNull(size, "size");
        title = title == null ? "" : title.strip();
        client = client == null ? "" : client.strip();
    }

    public DeckOptions withSize(SlideSize v) {
        return new DeckOptions(v, holders, duties, includePrivate, findings, legend, title, client, date, charters,
                wholeChart);
    }

    public DeckOptions withHolders(boolean v) {
        return new DeckOptions(size, v, duties, includePrivate, findings, legend, title, client, date, charters,
                wholeChart);
    }

    public DeckOptions withDuties(boolean v) {
        return new DeckOptions(size, holders, v, includePrivate, findings, legend, title, client, date, charters,
                wholeChart);
    }

    public DeckOptions withIncludePrivate(boolean v) {
        return new DeckOptions(size, holders, duties, v, findings, legend, title, client, date, charters,
                wholeChart);
    }

    public DeckOptions withFindings(boolean v) {
        return new DeckOptions(size, holders, duties, includePrivate, v, legend, title, client, date, charters,
                wholeChart);
    }

    public DeckOptions withLegend(boolean v) {
        return new DeckOptions(size, holders, duties, includePrivate, findings, v, title, client, date, charters,
                wholeChart);
    }

    public DeckOptions withTitle(String v) {
        return new DeckOptions(size, holders, duties, includePrivate, findings, legend, v, client, date, charters, wholeChart);
    }

    public DeckOptions withClient(String v) {
        return new DeckOptions(size, holders, duties, includePrivate, findings, legend, title, v, date, charters, wholeChart);
    }

    public DeckOptions withDate(LocalDate v) {
        return new DeckOptions(size, holders, duties, includePrivate, findings, legend, title, client, v, charters, wholeChart);
    }

    /** The whole chart on one slide laid out with {@code layout}; null to cut it per team. */
    public DeckOptions withWholeChart(LayoutOptions layout) {
        return new DeckOptions(size, holders, duties, includePrivate, findings, legend, title, client, date, charters,
                layout);
    }

    public DeckOptions withCharters(boolean v) {
        return new DeckOptions(size, holders, duties, includePrivate, findings, legend, title, client, date, v,
                wholeChart);
    }
}
