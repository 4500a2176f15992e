package dev.orgwright.render.export;

import dev.orgwright.model.Messages;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.TextWrap;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The index at the end of a book: every title, and every holder's name, in alphabetical order
 * with the page its position is on, in columns that continue over as many pages as they need.
 * Names are listed only when the cards show them, and never a name that is not disclosed.
 */
final class BookIndex {

    /** The index's text, as small as a title may be printed. */
    static final TextStyle ENTRY = new TextStyle(7, false, false, Rgba.hex("#101828"));
    static final double LINE = 9;
    static final double COLUMN_GAP = 14;
    static final double MIN_COLUMN_WIDTH = 180;

    /**
     * One line of the index.
     *
     * @param text     what is looked up: a title with its holder, or a name with its title
     * @param page     the page the position is on
     * @param position the position
     */
    record Entry(String text, int page, PositionId position) {
    }

    private final List<Entry> entries;
    private final ExportFonts fonts;
    private final PageSetup setup;
    private final int columns;
    private final int rows;

    private BookIndex(List<Entry> entries, ExportFonts fonts, PageSetup setup) {
        this.entries = entries;
        this.fonts = fonts;
        this.setup = setup;
        double width = BookPlan.printableWidth(setup);
        this.columns = Math.max(1, (int) ((width + COLUMN_GAP) / (MIN_COLUMN_WIDTH + COLUMN_GAP)));
        this.rows = Math.max(1, (int) (BookPlan.printableHeight(setup) / LINE));
    }

    static BookIndex of(BookPlan plan, boolean names, ExportFonts fonts, PageSetup setup) {
        return new BookIndex(entries(plan, names), fonts, setup);
    }

    private record Keyed(CollationKey key, Entry entry) {
    }

    /** The entries of {@code plan}'s index, sorted as the reader's language sorts. */
    static List<Entry> entries(BookPlan plan, boolean names) {
        List<Entry> out = new ArrayList<>();
        for (Position p : plan.chart().inTreeOrder()) {
            int page = plan.pageOf(p.id());
            String title = CardMetrics.titleLine(p);
            boolean named = names && !p.isVacant() && !p.isHolderUndisclosed() && !p.holder().isBlank();
            out.add(new Entry(named ? title + " — " + p.holder().strip() : title, page, p.id()));
            if (named) {
                out.add(new Entry(p.holder().strip() + " — " + title, page, p.id()));
            }
        }
        Collator collator = Collator.getInstance(Messages.locale());
        collator.setStrength(Collator.SECONDARY);
        // Each text's collation key made once: comparing the texts themselves normalised both at
        // every comparison, most of the time a book's plan took.
        List<Keyed> keyed = new ArrayList<>(out.size());
        for (Entry e : out) {
            keyed.add(new Keyed(collator.getCollationKey(e.text()), e));
        }
        keyed.sort(Comparator.comparing(Keyed::key).thenComparingInt(k -> k.entry().page()));
        List<Entry> sorted = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            sorted.add(k.entry());
        }
        return sorted;
    }

    List<Entry> entries() {
        return entries;
    }

    int pageCount() {
        return (entries.size() + rows * columns - 1) / (rows * columns);
    }

    /** Draws index page {@code k} (from 0). */
    void paint(PageText surface, int k) {
        double width = (BookPlan.printableWidth(setup) - (columns - 1) * COLUMN_GAP) / columns;
        double top = setup.height() - PdfExporter.MARGIN - BookPlan.HEADER - ENTRY.size();
        int from = k * rows * columns;
        for (int i = from; i < Math.min(entries.size(), from + rows * columns); i++) {
            int column = (i - from) / rows;
            int row = (i - from) % rows;
            Entry e = entries.get(i);
            double x = PdfExporter.MARGIN + column * (width + COLUMN_GAP);
            double y = top - row * LINE;
            String number = String.valueOf(e.page());
            double numberWidth = fonts.width(number, ENTRY);
            String text = TextWrap.ellipsised(e.text(), width - numberWidth - 6, fonts, ENTRY);
            surface.pageText(text, x, y, ENTRY);
            surface.pageText(number, x + width - numberWidth, y, ENTRY);
        }
    }
}
