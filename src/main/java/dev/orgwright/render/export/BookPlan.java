package dev.orgwright.render.export;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartBuilder;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.render.TextMeasure;
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

/**
 * How a chart is cut into the pages of a book: the first page shows the top of the
 * organisation, as many levels as stay readable; each team that did not fit continues on pages
 * of its own, each again as deep as stays readable, and a team too wide for one page is split
 * into parts. Readable means every title is printed at {@value #MIN_TITLE_POINTS} points or more
 * on the paper, the pages laid out in the automatic layout for their shape.
 *
 * <p>Pages follow the tree depth first, so a team's pages come right after the page that folds
 * it, and the pages below them after those: the book reads like the organisation.
 */
public final class BookPlan {

    /** The smallest size, in points, at which a title is printed. */
    public static final double MIN_TITLE_POINTS = 6;
    /** The line at the top of each page naming the team. */
    static final float HEADER = 22;

    /**
     * One page of the chart.
     *
     * @param number    the page number, from 1
     * @param teams     the tops of the teams the page shows (reports of one manager, side by side); none on the
     *                  first page
     * @param path      the titles from the top of the organisation down to the teams
     * @param part      which part of its team the page is, from 1
     * @param parts     how many pages the team's top level takes
     * @param parent    the number of the page that folds this page's team; 0 for the first page
     * @param chart     the positions shown, as a chart of their own
     * @param folded    the positions shown whose reports continue on other pages
     */
    public record Page(int number, List<PositionId> teams, List<String> path, int part, int parts, int parent, Chart chart,
                       List<PositionId> folded) {
    }

    private final Chart chart;
    private final ExportRequest request;
    private final TextMeasure measure;
    private final Map<PositionId, Integer> order = new HashMap<>();
    private final List<Page> pages = new ArrayList<>();
    /** The first page of each folded team. */
    private final Map<PositionId, Integer> teamPage = new HashMap<>();
    /** The first page each position is shown on below its top. */
    private final Map<PositionId, Integer> shownOn = new LinkedHashMap<>();

    private BookPlan(ExportRequest request, TextMeasure measure) {
        this.chart = ChartScopes.restrict(request.chart(), request.options().scope());
        this.request = request;
        this.measure = measure;
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
        return scaleOf(sheet(page)) * CardMetrics.TITLE_SIZE;
    }

    /** The sheet page {@code page} draws, its cards measured with this plan's measure. */
    ExportSheet sheet(Page page) {
        return sheet(page.chart(), page.number() == 1);
    }

    private ExportSheet sheet(Chart shown, boolean first) {
        ExportOptions options = request.options().withTitle("").withDate(null).withScope(ExportScope.WHOLE)
                .withLegend(first && request.options().legend());
        LayoutOptions layout = request.layoutOptions().withAspect(aspect(request.page()));
        return ExportSheet.prepare(shown, request.findings(), options, layout, Set.of(), measure, request.theme());
    }

    /** The scale at which {@code sheet} is printed on a page: as large as fits, at most life size. */
    double scaleOf(ExportSheet sheet) {
        PageSetup setup = request.page();
        return Math.min(1, Math.min(printableWidth(setup) / sheet.width(), printableHeight(setup) / sheet.height()));
    }

    private boolean readable(Collection<PositionId> shown, boolean first) {
        return scaleOf(sheet(chartOf(shown), first)) * CardMetrics.TITLE_SIZE >= MIN_TITLE_POINTS - 1e-9;
    }

    /** Pending teams of one manager, to share pages: their tops, the path to them and the page that folds them. */
    private record Team(List<PositionId> tops, List<String> path, int parent) {
    }

    private void plan() {
        Deque<Team> pending = new ArrayDeque<>();
        List<PositionId> roots = chart.roots();
        List<List<PositionId>> first = levels(roots, true);
        addPages(List.of(), List.of(chart.title().isBlank() ? "" : chart.title()), 0, roots, first, pending);
        while (!pending.isEmpty()) {
            Team team = pending.pop();
            addPages(team.tops(), team.path(), team.parent(), team.tops(), levels(team.tops(), false), pending);
        }
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
            next = childrenOf(frontier);
        }
        return List.of(shown);
    }

    /** The team's first level cut into pages, each with the tops over as many reports as fit, in order. */
    private List<List<PositionId>> parts(List<PositionId> tops, List<PositionId> reports, boolean first) {
        List<List<PositionId>> parts = new ArrayList<>();
        List<PositionId> page = new ArrayList<>(tops);
        for (PositionId report : reports) {
            page.add(report);
            if (page.size() > tops.size() + 1 && !readable(page, first && parts.isEmpty())) {
                page.remove(page.size() - 1);
                parts.add(page);
                page = new ArrayList<>(tops);
                page.add(report);
            }
        }
        parts.add(page);
        return parts;
    }

    private List<PositionId> childrenOf(List<PositionId> ids) {
        List<PositionId> out = new ArrayList<>();
        for (PositionId id : ids) {
            out.addAll(chart.childrenOf(id));
        }
        return out;
    }

    private void addPages(List<PositionId> teams, List<String> path, int parent, List<PositionId> tops,
                          List<List<PositionId>> parts, Deque<Team> pending) {
        List<PositionId> below = new ArrayList<>();
        List<Integer> belowPage = new ArrayList<>();
        Set<PositionId> topSet = new HashSet<>(tops);
        boolean first = teams.isEmpty();
        for (int i = 0; i < parts.size(); i++) {
            List<PositionId> shown = parts.get(i);
            Set<PositionId> on = new HashSet<>(shown);
            List<PositionId> folded = new ArrayList<>();
            int number = pages.size() + 1;
            for (PositionId id : shown) {
                if (first || !topSet.contains(id)) {
                    shownOn.putIfAbsent(id, number);
                }
                List<PositionId> children = chart.childrenOf(id);
                if (!children.isEmpty() && !on.contains(children.get(0)) && (first || !topSet.contains(id))) {
                    folded.add(id);
                    below.add(id);
                    belowPage.add(number);
                }
            }
            if (i == 0) {
                for (PositionId team : teams) {
                    teamPage.put(team, number);
                }
            }
            pages.add(new Page(number, teams, path, i + 1, parts.size(), parent, chartOf(shown), folded));
        }
        List<Team> groups = group(below, belowPage, path, topSet, first);
        for (int k = groups.size() - 1; k >= 0; k--) {
            pending.push(groups.get(k));
        }
    }

    /**
     * The folded teams of a page gathered into pages: neighbouring teams of one manager share a
     * page while it stays readable with each team's first level, so that small teams at the
     * bottom of the organisation do not take a page each.
     */
    private List<Team> group(List<PositionId> folded, List<Integer> onPage, List<String> path, Set<PositionId> tops,
                             boolean first) {
        List<Team> out = new ArrayList<>();
        int i = 0;
        while (i < folded.size()) {
            List<PositionId> group = new ArrayList<>(List.of(folded.get(i)));
            PositionId manager = chart.position(folded.get(i)).reportsTo();
            int j = i + 1;
            while (j < folded.size() && onPage.get(j).equals(onPage.get(i))
                    && java.util.Objects.equals(chart.position(folded.get(j)).reportsTo(), manager)) {
                List<PositionId> trial = new ArrayList<>(group);
                trial.add(folded.get(j));
                List<PositionId> withReports = new ArrayList<>(trial);
                withReports.addAll(childrenOf(trial));
                if (!readable(withReports, false)) {
                    break;
                }
                group = trial;
                j++;
            }
            List<String> deeper = new ArrayList<>(first ? List.of() : path);
            addAncestors(deeper, group.get(0), tops, first);
            if (group.size() > 1) {
                List<String> names = new ArrayList<>();
                for (PositionId id : group) {
                    names.add(CardMetrics.titleLine(chart.position(id)));
                }
                deeper.set(deeper.size() - 1, String.join(" · ", names));
            }
            out.add(new Team(List.copyOf(group), deeper, onPage.get(i)));
            i = j;
        }
        return out;
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
