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

    /** How far the second and later lines of a long entry are indented. */
    static final double INDENT = 8;

    /**
     * One printed line: a piece of an entry, and the entry's page number on its last line.
     *
     * @param text   the piece
     * @param number the page number, or null on the lines before the last
     * @param indent whether it continues the line above
     * @param slot   where it goes: the page of the index (from 0) times its columns times its rows, plus
     *               the column times its rows, plus the row
     */
    private record Line(String text, String number, boolean indent, int slot) {
    }

    private final List<Entry> entries;
    private final ExportFonts fonts;
    private final PageSetup setup;
    private final int columns;
    private final int rows;
    private final double width;
    private final List<Line> lines = new ArrayList<>();

    private BookIndex(List<Entry> entries, ExportFonts fonts, PageSetup setup) {
        this.entries = entries;
        this.fonts = fonts;
        this.setup = setup;
        double printable = BookPlan.printableWidth(setup);
        this.columns = Math.max(1, (int) ((printable + COLUMN_GAP) / (MIN_COLUMN_WIDTH + COLUMN_GAP)));
        this.rows = Math.max(1, (int) (BookPlan.printableHeight(setup) / LINE));
        this.width = (printable - (columns - 1) * COLUMN_GAP) / columns;
        place();
    }

    /**
     * Wraps each entry on word boundaries, never cutting it: a long title is the one place the book
     * gives it whole, where its card had to end it with "…". Entries of the same text (the many
     * "Policy Adviser" of a big organisation) make one entry with all their pages, "3, 24, 28",
     * as a book's index has it; pages too many for one line go on over the next. An entry's lines
     * stay in one column.
     */
    private void place() {
        // Grouped by their whole text, in the order of each text's first entry: texts that sort alike
        // but differ in case ("Analyst", "ANALYST") stay apart.
        java.util.Map<String, java.util.SortedSet<Integer>> grouped = new java.util.LinkedHashMap<>();
        for (Entry e : entries) {
            grouped.computeIfAbsent(e.text(), t -> new java.util.TreeSet<>()).add(e.page());
        }
        int slot = 0;
        for (java.util.Map.Entry<String, java.util.SortedSet<Integer>> group : grouped.entrySet()) {
            String text = group.getKey();
            java.util.SortedSet<Integer> pages = group.getValue();
            List<String> numbers = numberLines(pages);
            double widest = 0;
            for (String n : numbers) {
                widest = Math.max(widest, fonts.width(n, ENTRY));
            }
            List<String> pieces = TextWrap.lines(text, width - widest - 6 - INDENT, Integer.MAX_VALUE, fonts, ENTRY);
            int count = Math.max(pieces.size(), numbers.size());
            int row = slot % rows;
            if (row + count > rows && row > 0) {
                slot += rows - row;
            }
            for (int k = 0; k < count; k++) {
                int n = k - (count - numbers.size());
                lines.add(new Line(k < pieces.size() ? pieces.get(k) : "", n >= 0 ? numbers.get(n) : null, k > 0,
                        slot++));
            }
        }
    }

    /** The page numbers of an entry, "3, 24, 28", in lines of at most two fifths of a column. */
    private List<String> numberLines(java.util.SortedSet<Integer> pages) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int page : pages) {
            String next = line.length() == 0 ? String.valueOf(page) : line + ", " + page;
            if (line.length() > 0 && fonts.width(next + ",", ENTRY) > width * 0.4) {
                out.add(line + ",");
                line.setLength(0);
                line.append(page);
            } else {
                line.setLength(0);
                line.append(next);
            }
        }
        out.add(line.toString());
        return out;
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
        return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).slot() / (rows * columns) + 1;
    }

    /** Draws index page {@code k} (from 0). */
    void paint(PageText surface, int k) {
        double top = setup.height() - PdfExporter.MARGIN - BookPlan.HEADER - ENTRY.size();
        int perPage = rows * columns;
        for (Line line : lines) {
            if (line.slot() / perPage != k) {
                continue;
            }
            int column = line.slot() % perPage / rows;
            int row = line.slot() % rows;
            double x = PdfExporter.MARGIN + column * (width + COLUMN_GAP);
            double y = top - row * LINE;
            surface.pageText(line.text(), x + (line.indent() ? INDENT : 0), y, ENTRY);
            if (line.number() != null) {
                surface.pageText(line.number(), x + width - fonts.width(line.number(), ENTRY), y, ENTRY);
            }
        }
    }
}
