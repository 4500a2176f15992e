package dev.orgwright.render.export;

import dev.orgwright.layout.CardSize;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartBuilder;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.TextWrap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * How a chart is cut into the pages of a book: the first page shows the top of the
 * organisation, as many levels as stay readable; each team that did not fit continues on a
 * later page, again as deep as stays readable, small teams sharing a page, and a team too wide
 * for one page is split into parts. Readable means every title is printed at
 * {@value #MIN_TITLE_POINTS} points or more on the paper, the pages laid out in the automatic
 * layout for their shape. A team the request folds starts a page of its own too: its manager's
 * card is on its manager's page, marked with the page its team continues on.
 *
 * <p>The teams a page folds come on the pages after it, and the teams those fold after them:
 * the book reads like the organisation (decision 0024 and its addendum).
 */
public final class BookPlan {

    /** The smallest size, in points, at which a title is printed. */
    public static final double MIN_TITLE_POINTS = 6;
    /** The line at the top of each page naming the team. */
    static final float HEADER = 22;

    /**
     * One team's part of a page: the team's positions laid out on their own, at the page's
     * scale, headed with the team's path when the page holds several teams.
     *
     * @param index         the section's place among all sections of the book, from 0
     * @param teams         the top of the team the section shows; none on the first page
     * @param path          the titles from the top of the organisation down to the team
     * @param part          which part of its team the section is, from 1
     * @param parts         how many pages the team's top level takes
     * @param parent        the number of the page that folds this team; 0 for the first page
     * @param parentSection the index of the section that folds this team; -1 for the first page
     * @param chart         the positions shown, as a chart of their own
     * @param folded        the positions shown whose reports continue on other pages
     * @param x             where the section's sheet starts across the printable area, in sheet units
     * @param y             where the section's sheet starts down the printable area, in sheet units
     */
    public record Section(int index, List<PositionId> teams, List<String> path, int part, int parts, int parent,
                          int parentSection, Chart chart, List<PositionId> folded, double x, double y) {
    }

    /**
     * One page of the chart: one team, or several small teams packed together, each then headed
     * with its own path.
     *
     * @param number    the page number, from 1
     * @param teams     the tops of the teams the page shows; none on the first page
     * @param path      the titles from the top of the organisation down to the page's first team
     * @param part      which part of its team the page is, from 1
     * @param parts     how many pages the team's top level takes
     * @param parent    the number of the page that folds the page's first team; 0 for the first page
     * @param chart     the positions shown, as a chart of their own
     * @param folded    the positions shown whose reports continue on other pages
     * @param sections  the teams on the page, in reading order
     * @param scale     the scale at which the page prints its sheets
     */
    public record Page(int number, List<PositionId> teams, List<String> path, int part, int parts, int parent, Chart chart,
                       List<PositionId> folded, List<Section> sections, double scale) {

        /** Whether the page holds several teams, each headed with its path. */
        public boolean shared() {
            return sections.size() > 1;
        }

        /** The titles all the page's teams have in common from the top of the organisation. */
        public List<String> commonPath() {
            List<String> common = new ArrayList<>(path);
            for (Section s : sections) {
                int k = 0;
                while (k < common.size() && k < s.path().size() && common.get(k).equals(s.path().get(k))) {
                    k++;
                }
                common.subList(k, common.size()).clear();
            }
            return common;
        }
    }

    /** The band above each team of a shared page that holds its path, in sheet units. */
    static final double SECTION_HEAD = 28;
    /** The size of the path above each team of a shared page, in sheet units: 7 points or more on paper. */
    static final double SECTION_TITLE_SIZE = 15;
    /** The space between the teams of a shared page, in sheet units. */
    static final double SECTION_GAP = 16;
    static final TextStyle SECTION_STYLE = new TextStyle(SECTION_TITLE_SIZE, true, false, Rgba.hex("#344054"));

    private final Chart chart;
    private final ExportRequest request;
    private final TextMeasure measure;
    private final CardSizer sizer;
    private final Map<PositionId, Integer> order = new HashMap<>();
    private final List<Page> pages = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    /** The pages while they are being filled. */
    private final List<Draft> drafts = new ArrayList<>();
    /** How many sections have been planned: the next one's index. */
    private int sectionCount;
    /** The first page of each folded team. */
    private final Map<PositionId, Integer> teamPage = new HashMap<>();
    /** The first page each position is shown on below its top. */
    private final Map<PositionId, Integer> shownOn = new LinkedHashMap<>();

    private BookPlan(ExportRequest request, TextMeasure measure) {
        this.chart = ChartScopes.restrict(request.chart(), request.options().scope());
        this.request = request;
        this.measure = measure;
        CardSizer sizing = ExportSheet.sizer(chart, request.options(), measure, request.theme());
        Map<PositionId, CardSize> sizes = new HashMap<>();
        // Every layout tried measures the same cards: each is measured once.
        this.sizer = p -> sizes.computeIfAbsent(p.id(), id -> sizing.sizeOf(p));
        int k = 0;
        for (Position p : chart.inTreeOrder()) {
            order.put(p.id(), k++);
        }
    }

    /** The pages {@code request} gives, its cards measured by {@code measure}. */
    public static BookPlan of(ExportRequest request, TextMeasure measure) {
        BookPlan plan = new BookPlan(request, measure);
        plan.plan();
        return plan;
    }

    /** Width over height of the part of a page the chart is drawn on. */
    public static double aspect(PageSetup setup) {
        return printableWidth(setup) / printableHeight(setup);
    }

    static double printableWidth(PageSetup setup) {
        return setup.width() - 2 * PdfExporter.MARGIN;
    }

    static double printableHeight(PageSetup setup) {
        return setup.height() - 2 * PdfExporter.MARGIN - PdfExporter.FOOTER - HEADER;
    }

    public List<Page> pages() {
        return pages;
    }

    /** Every team's section, on every page, in the order of the pages. */
    public List<Section> sections() {
        return sections;
    }

    /** The chart in the book (the subtree, when the request asks for one). */
    public Chart chart() {
        return chart;
    }

    /** The page on which the team of {@code id} continues, or 0 when it is not folded anywhere. */
    public int teamPage(PositionId id) {
        return teamPage.getOrDefault(id, 0);
    }

    /** The page on which the position {@code id} is shown in its manager's team (the top ones on page 1). */
    public int pageOf(PositionId id) {
        return shownOn.getOrDefault(id, 0);
    }

    /** The size, in points, at which {@code page} prints its cards' titles. */
    public double titlePoints(Page page) {
        return page.scale() * CardMetrics.TITLE_SIZE;
    }

    /** The sheet of the first team of {@code page}, its cards measured with this plan's measure. */
    ExportSheet sheet(Page page) {
        return sheet(page.sections().get(0));
    }

    /** The sheet {@code section} draws, its cards measured with this plan's measure. */
    ExportSheet sheet(Section section) {
        return sheet(section.chart(), section.parent() == 0 && section.part() == 1);
    }

    /**
     * The sheet of the positions {@code shown}; with the legend when {@code first} (the first
     * page, or its first part when the top of the organisation takes several), sized as a
     * one-page export sizes it for the page ({@link PagePlan#onePage}): however small the page
     * prints the cards, the legend prints at {@link ExportSheet#LEAST_HEADING_SCALE} points a unit
     * or more, in the chart's empty corner or in a band above it, never over a card.
     */
    private ExportSheet sheet(Chart shown, boolean first) {
        boolean legend = first && request.options().legend();
        ExportOptions options = request.options().withTitle("").withDate(null).withScope(ExportScope.WHOLE)
                .withLegend(legend);
        LayoutOptions layout = request.layoutOptions().withAspect(aspect(request.page()));
        ExportSheet sheet = ExportSheet.prepare(shown, request.findings(), options, layout, Set.of(), measure,
                request.theme(), null, sizer);
        PageSetup setup = request.page();
        return legend ? PagePlan.onePage(sheet, printableWidth(setup), printableHeight(setup)).sheet() : sheet;
    }

    /** The scale at which {@code sheet} is printed on a page: as large as fits, at most life size. */
    double scaleOf(ExportSheet sheet) {
        PageSetup setup = request.page();
        return Math.min(1, Math.min(printableWidth(setup) / sheet.width(), printableHeight(setup) / sheet.height()));
    }

    private static final double MIN_SCALE = MIN_TITLE_POINTS / CardMetrics.TITLE_SIZE - 1e-12;

    private boolean readable(Collection<PositionId> shown, boolean first) {
        return scaleOf(sheet(chartOf(shown), first)) >= MIN_SCALE;
    }

    /** A folded team waiting for its page: its top, the path to it, the page and section that fold it. */
    private record Team(List<PositionId> tops, List<String> path, int parent, int parentSection) {
    }

    /** A section being planned: what it shows and how large its sheet is, in sheet units. */
    private record Part(int index, Team team, List<PositionId> shown, int part, int parts, double width, double height) {
    }

    /** A page being filled. */
    private static final class Draft {
        final int number;
        final List<Part> parts = new ArrayList<>();
        /** The teams the page folds, waiting for pages of their own. */
        final List<Team> folds = new ArrayList<>();
        /** Whether the teams it folds have been put on pages: no team joins it any more. */
        boolean done;

        Draft(int number) {
            this.number = number;
        }
    }

    /**
     * Plans page by page: the teams a page folds are put on the pages that follow, packed
     * together where they fit, before the teams those pages fold; so the pages still follow the
     * tree, and small teams of neighbouring managers share a page. Iterative: a chain of any
     * depth needs no deep stack.
     */
    private void plan() {
        List<PositionId> roots = chart.roots();
        Team top = new Team(List.of(), List.of(chart.title().isBlank() ? "" : chart.title()), 0, -1);
        place(top, roots, levels(roots, true));
        Deque<Draft> toDo = new ArrayDeque<>();
        for (int k = drafts.size() - 1; k >= 0; k--) {
            toDo.push(drafts.get(k));
        }
        while (!toDo.isEmpty()) {
            if (Thread.currentThread().isInterrupted()) {
                // The export dialog plans in the background and drops a plan whose choices changed.
                throw new CancellationException("The book's planning was stopped.");
            }
            Draft page = toDo.pop();
            page.done = true;
            int before = drafts.size();
            for (Team team : page.folds) {
                place(team, team.tops(), levels(team.tops(), false));
            }
            page.folds.clear();
            for (int k = drafts.size() - 1; k >= before; k--) {
                toDo.push(drafts.get(k));
            }
        }
        finish();
    }

    /**
     * The pages of one team: the positions each shows. One page as deep as stays readable, or,
     * when even the team's first level is too much for a page, that level in parts.
     */
    private List<List<PositionId>> levels(List<PositionId> tops, boolean first) {
        List<PositionId> shown = new ArrayList<>(tops);
        List<PositionId> frontier = new ArrayList<>(tops);
        List<PositionId> next = childrenOf(frontier);
        if (next.isEmpty()) {
            return List.of(shown);
        }
        List<PositionId> deeper = new ArrayList<>(shown);
        deeper.addAll(next);
        if (!readable(deeper, first)) {
            return parts(tops, next, first);
        }
        while (!next.isEmpty()) {
            deeper = new ArrayList<>(shown);
            deeper.addAll(next);
            if (!readable(deeper, first)) {
                break;
            }
            shown = deeper;
            frontier = next;
            next = unfoldedChildrenOf(frontier);
        }
        return List.of(shown);
    }

    /**
     * The team's first level cut into pages, each with the tops over as many reports as fit, in
     * order; how many fit is found by halving, so a wide team costs few layouts.
     */
    private List<List<PositionId>> parts(List<PositionId> tops, List<PositionId> reports, boolean first) {
        List<List<PositionId>> parts = new ArrayList<>();
        int from = 0;
        while (from < reports.size()) {
            boolean firstPart = first && parts.isEmpty();
            int low = 1;
            int high = reports.size() - from;
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (readable(withTops(tops, reports.subList(from, from + mid)), firstPart)) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            parts.add(withTops(tops, reports.subList(from, from + low)));
            from += low;
        }
        List<List<PositionId>> even = evenly(tops, reports, parts.size(), first);
        return even != null ? even : parts;
    }

    /**
     * The reports cut into {@code count} parts of sizes that differ by one at most, each with the
     * tops, when every part stays readable; null otherwise. Filling each page in turn leaves the
     * last part with the remainder, often a single report on a page of its own.
     */
    private List<List<PositionId>> evenly(List<PositionId> tops, List<PositionId> reports, int count, boolean first) {
        if (count < 2) {
            return null;
        }
        List<List<PositionId>> parts = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < count; k++) {
            int size = (reports.size() - from + count - k - 1) / (count - k);
            List<PositionId> part = withTops(tops, reports.subList(from, from + size));
            if (size == 0 || !readable(part, first && k == 0)) {
                return null;
            }
            parts.add(part);
            from += size;
        }
        return parts;
    }

    private static List<PositionId> withTops(List<PositionId> tops, List<PositionId> reports) {
        List<PositionId> page = new ArrayList<>(tops);
        page.addAll(reports);
        return page;
    }

    /**
     * The reports of {@code ids}, but for those of the teams the request folds (a view's folded
     * teams and depth, {@code --collapse}, {@code --depth}): in a book a folded team is not left
     * out, it continues on a page of its own, as a team too big for the page does.
     */
    private List<PositionId> unfoldedChildrenOf(List<PositionId> ids) {
        Set<PositionId> folded = request.collapsed();
        List<PositionId> out = new ArrayList<>();
        for (PositionId id : ids) {
            if (!folded.contains(id)) {
                out.addAll(chart.childrenOf(id));
            }
        }
        return out;
    }

    private List<PositionId> childrenOf(List<PositionId> ids) {
        List<PositionId> out = new ArrayList<>();
        for (PositionId id : ids) {
            out.addAll(chart.childrenOf(id));
        }
        return out;
    }

    /**
     * Puts the parts of {@code team} on pages: a team of one part joins the page being filled
     * when they stay readable together and that page does not fold it; otherwise it starts a page.
     * The teams its pages fold wait on those pages.
     */
    private void place(Team team, List<PositionId> tops, List<List<PositionId>> shownParts) {
        boolean first = team.tops().isEmpty();
        // The tops (the roots, on the first page) are over every part of their team: their
        // reports are all on these parts, so a top never folds, even on a part that does not
        // show its first report; else the first page in parts would be planned again as a team.
        Set<PositionId> topSet = new HashSet<>(tops);
        for (int i = 0; i < shownParts.size(); i++) {
            List<PositionId> shown = shownParts.get(i);
            ExportSheet sheet = sheet(chartOf(shown), first && i == 0);
            Part part = new Part(sectionCount++, team, shown, i + 1, shownParts.size(), sheet.width(), sheet.height());
            Draft draft = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            if (draft == null || first || shownParts.size() > 1 || !sharable(draft, team) || !packs(draft, part)) {
                draft = new Draft(drafts.size() + 1);
                drafts.add(draft);
            }
            draft.parts.add(part);
            int number = draft.number;
            int sectionIndex = part.index();
            Set<PositionId> on = new HashSet<>(shown);
            for (PositionId id : shown) {
                if (first || !topSet.contains(id)) {
                    shownOn.putIfAbsent(id, number);
                }
                List<PositionId> children = chart.childrenOf(id);
                if (!children.isEmpty() && !on.contains(children.get(0)) && !topSet.contains(id)) {
                    List<String> path = new ArrayList<>(first ? List.of() : team.path());
                    addAncestors(path, id, topSet, first);
                    draft.folds.add(new Team(List.of(id), List.copyOf(path), number, sectionIndex));
                }
            }
            if (i == 0) {
                for (PositionId t : team.tops()) {
                    teamPage.put(t, number);
                }
            }
        }
    }

    /** Whether {@code team} may join {@code draft}: a page of whole teams, not the first, and not the one folding it. */
    private static boolean sharable(Draft draft, Team team) {
        if (draft.number == 1 || draft.done || team.parent() == draft.number) {
            return false;
        }
        for (Part p : draft.parts) {
            if (p.parts() > 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether the teams of {@code draft} and {@code part} fit one page at a readable size. */
    private boolean packs(Draft draft, Part part) {
        List<Part> trial = new ArrayList<>(draft.parts);
        trial.add(part);
        return shelves(trial, MIN_SCALE + 1e-12, null);
    }

    /**
     * Packs {@code parts}, each under its heading, into rows across a page printed at
     * {@code scale}, in reading order; writes where each goes into {@code at} (x, y pairs, in
     * sheet units) when not null. Returns whether they fit.
     */
    private boolean shelves(List<Part> parts, double scale, double[] at) {
        PageSetup setup = request.page();
        double across = printableWidth(setup) / scale;
        double down = printableHeight(setup) / scale;
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        double[] rowWidths = new double[parts.size()];
        int[] rowOf = new int[parts.size()];
        int row = 0;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            double w = p.width();
            double h = p.height() + SECTION_HEAD;
            if (w > across + 1e-9) {
                return false;
            }
            if (x > 0 && x + w > across + 1e-9) {
                row++;
                y += rowHeight + SECTION_GAP;
                x = 0;
                rowHeight = 0;
            }
            if (at != null) {
                at[2 * i] = x;
                at[2 * i + 1] = y + SECTION_HEAD;
            }
            rowOf[i] = row;
            rowWidths[row] = x + w;
            x += w + SECTION_GAP;
            rowHeight = Math.max(rowHeight, h);
        }
        if (y + rowHeight > down + 1e-9) {
            return false;
        }
        if (at != null) {
            for (int i = 0; i < parts.size(); i++) {
                at[2 * i] += (across - rowWidths[rowOf[i]]) / 2;
            }
        }
        return true;
    }

    /**
     * The heading of a team on a shared page: its path below the part all the page's teams
     * share ({@code common} titles), as much of it as {@code width} holds, the team's own title
     * kept and the titles above it dropped first.
     */
    static String sectionHeading(List<String> path, int common, double width, TextMeasure measure) {
        List<String> rest = new ArrayList<>(path.subList(Math.min(common, Math.max(0, path.size() - 1)), path.size()));
        String text = String.join(" › ", rest);
        while (rest.size() > 1 && measure.width(text, SECTION_STYLE) > width) {
            rest.remove(0);
            text = "… › " + String.join(" › ", rest);
        }
        return TextWrap.ellipsised(text, width, measure, SECTION_STYLE);
    }

    /** Turns the drafts into pages: each page's scale, and where its sections go. */
    private void finish() {
        PageSetup setup = request.page();
        for (Draft draft : drafts) {
            double scale;
            double[] at = new double[2 * draft.parts.size()];
            if (draft.parts.size() == 1) {
                Part p = draft.parts.get(0);
                scale = Math.min(1, Math.min(printableWidth(setup) / p.width(), printableHeight(setup) / p.height()));
                at[0] = (printableWidth(setup) / scale - p.width()) / 2;
                at[1] = 0;
            } else {
                double low = MIN_SCALE + 1e-12;
                double high = 1;
                if (shelves(draft.parts, high, null)) {
                    low = high;
                }
                for (int i = 0; i < 30 && high - low > 1e-4; i++) {
                    double mid = (low + high) / 2;
                    if (shelves(draft.parts, mid, null)) {
                        low = mid;
                    } else {
                        high = mid;
                    }
                }
                scale = low;
                shelves(draft.parts, scale, at);
            }
            List<Section> onPage = new ArrayList<>();
            List<PositionId> teams = new ArrayList<>();
            List<PositionId> shown = new ArrayList<>();
            List<PositionId> folded = new ArrayList<>();
            for (int i = 0; i < draft.parts.size(); i++) {
                Part p = draft.parts.get(i);
                Team team = p.team();
                Chart part = chartOf(p.shown());
                List<PositionId> foldedHere = new ArrayList<>();
                Set<PositionId> on = new HashSet<>(p.shown());
                Set<PositionId> tops = new HashSet<>(team.tops().isEmpty() ? chart.roots() : team.tops());
                for (PositionId id : p.shown()) {
                    List<PositionId> children = chart.childrenOf(id);
                    if (!children.isEmpty() && !on.contains(children.get(0)) && !tops.contains(id)) {
                        foldedHere.add(id);
                    }
                }
                Section section = new Section(p.index(), team.tops(), team.path(), p.part(), p.parts(), team.parent(),
                        team.parentSection(), part, List.copyOf(foldedHere), at[2 * i], at[2 * i + 1]);
                onPage.add(section);
                sections.add(section);
                teams.addAll(team.tops());
                shown.addAll(p.shown());
                folded.addAll(foldedHere);
            }
            Section head = onPage.get(0);
            pages.add(new Page(draft.number, List.copyOf(teams), head.path(), head.part(), head.parts(), head.parent(),
                    onPage.size() == 1 ? head.chart() : chartOf(shown), List.copyOf(folded), List.copyOf(onPage),
                    scale));
        }
    }

    /** Appends the titles from below the page's tops (or from the top of the chart) down to {@code id}. */
    private void addAncestors(List<String> path, PositionId id, Set<PositionId> tops, boolean fromRoot) {
        Deque<String> titles = new ArrayDeque<>();
        PositionId at = id;
        while (at != null && (fromRoot || !tops.contains(at))) {
            titles.push(CardMetrics.titleLine(chart.position(at)));
            at = chart.position(at).reportsTo();
        }
        path.addAll(titles);
    }

    /** The positions {@code shown} as a chart of their own, in the chart's order, the top ones without a manager. */
    private Chart chartOf(Collection<PositionId> shown) {
        List<PositionId> ids = new ArrayList<>(shown);
        ids.sort((a, b) -> Integer.compare(order.get(a), order.get(b)));
        Set<PositionId> inside = new HashSet<>(ids);
        ChartBuilder builder = Chart.builder().title(chart.title()).tiers(chart.tiers()).settings(chart.settings())
                .fields(chart.fields());
        for (PositionId id : ids) {
            Position p = chart.position(id);
            if (p.reportsTo() != null && !inside.contains(p.reportsTo())) {
                p = p.withReportsTo(null);
            }
            if (!p.dottedLines().isEmpty() && !inside.containsAll(p.dottedLines())) {
                List<PositionId> kept = new ArrayList<>(p.dottedLines());
                kept.retainAll(inside);
                p = p.withDottedLines(kept);
            }
            builder.add(p);
        }
        try {
            return builder.build();
        } catch (InvalidChartException e) {
            // A connected part of a valid chart is itself valid; reaching here is a fault in this class.
            throw new IllegalStateException("A page of the book could not be cut out: " + e.getMessage(), e);
        }
    }
}
