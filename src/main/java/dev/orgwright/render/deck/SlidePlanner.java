package dev.orgwright.render.deck;

import dev.orgwright.render.RenderTexts;
import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartBuilder;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts a chart into slides whose text is never smaller than {@link #MIN_TEXT_POINTS}: first the
 * overview (the roots down to the highest-ranked tier), then, breadth first as presentation mode
 * steps, one slide per team folded on an earlier slide. A team is shown as deep as fits; the teams
 * below that depth are folded, their cards pointing to slides of their own. A manager with more
 * direct reports than one slide holds gets several slides, each continuing the one before.
 */
final class SlidePlanner {

    /** No text on a slide is smaller than this, in points. */
    static final double MIN_TEXT_POINTS = 10;
    /** The smallest text of a card, in chart units: the duty and reference lines. */
    private static final double SMALLEST_CARD_TEXT = 11;
    /** Points per chart unit at most, so that a slide of three cards does not shout. */
    private static final double MAX_SCALE = 1.0;
    /** A card and its share of the gaps, in chart units, for a first guess of how many cards fit. */
    private static final double CARD_AREA = 175 * 110;

    private final Chart chart;
    private final DeckCards cards;
    private final LayoutOptions layoutOptions;
    private final double areaWidth;
    private final double areaHeight;
    private final double minScale = MIN_TEXT_POINTS / SMALLEST_CARD_TEXT;
    private final List<ChartSlide> slides = new ArrayList<>();
    private final Deque<Pending> queue = new ArrayDeque<>();

    /** A team folded on slide {@code from}, still to be given slides. */
    private record Pending(PositionId manager, int from) {
    }

    SlidePlanner(Chart chart, DeckCards cards, double areaWidth, double areaHeight) {
        this.chart = chart;
        this.cards = cards;
        this.areaWidth = areaWidth;
        this.areaHeight = areaHeight;
        this.layoutOptions = LayoutOptions.AUTO.withGaps(16, 32).withAspect(areaWidth / areaHeight);
    }

    /** The chart's slides in order. */
    List<ChartSlide> plan() {
        if (chart.size() == 0) {
            return List.of();
        }
        planTeam(null, chart.roots(), overviewDepth(), -1);
        while (!queue.isEmpty()) {
            Pending p = queue.poll();
            planTeam(p.manager(), chart.childrenOf(p.manager()), Integer.MAX_VALUE, p.from());
        }
        return List.copyOf(slides);
    }

    /** The overview reaches the highest-ranked tier in use, and at least the roots' direct reports. */
    private int overviewDepth() {
        Map<PositionId, Integer> level = new HashMap<>();
        Optional<Tier> top = chart.tiers().stream()
                .filter(t -> used().contains(t.id()))
                .min(java.util.Comparator.comparingInt(Tier::rank));
        int deepest = 2;
        for (Position p : chart.inTreeOrder()) {
            int l = p.reportsTo() == null ? 1 : level.get(p.reportsTo()) + 1;
            level.put(p.id(), l);
            if (top.isPresent() && top.get().id().equals(p.tierId())) {
                deepest = Math.max(deepest, l);
            }
        }
        return deepest;
    }

    private Set<String> used() {
        Set<String> used = new HashSet<>();
        for (Position p : chart.inTreeOrder()) {
            if (p.tierId() != null) {
                used.add(p.tierId());
            }
        }
        return used;
    }

    private void planTeam(PositionId manager, List<PositionId> members, int maxDepth, int from) {
        int deepest = depthBelow(members);
        double capacity = 2.5 * areaWidth * areaHeight / (minScale * minScale) / CARD_AREA;
        for (int d = Math.min(maxDepth, deepest); d >= 1; d--) {
            if (count(members, d) > capacity) {
                continue;
            }
            Attempt a = attempt(manager, members, d);
            if (a.scale >= minScale) {
                add(manager, a, from, 0, 0);
                return;
            }
        }
        // Too many direct reports for one slide: several slides, each as full as the fullest fits.
        int k = largestChunk(manager, members);
        int parts = (members.size() + k - 1) / k;
        int size = (members.size() + parts - 1) / parts;
        int previous = from;
        for (int i = 0, part = 1; i < members.size(); i += size, part++) {
            Attempt a = attempt(manager, members.subList(i, Math.min(members.size(), i + size)), 1);
            add(manager, a, previous, part, parts);
            previous = slides.size() - 1;
        }
    }

    private int largestChunk(PositionId manager, List<PositionId> members) {
        int lo = 1;
        int hi = Math.min(members.size(), (int) Math.ceil(1.5 * areaWidth * areaHeight / (minScale * minScale) / CARD_AREA));
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (attempt(manager, members.subList(0, mid), 1).scale >= minScale) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private void add(PositionId manager, Attempt a, int from, int part, int parts) {
        String heading = manager == null ? RenderTexts.t("deck.overview") : chart.position(manager).title().strip();
        slides.add(new ChartSlide(heading, manager, a.shown, a.layout, a.folded, Math.min(MAX_SCALE, a.scale), from,
                part, parts));
        int index = slides.size() - 1;
        for (Position p : a.shown.inTreeOrder()) {
            if (a.folded.contains(p.id())) {
                queue.add(new Pending(p.id(), index));
            }
        }
    }

    private record Attempt(Chart shown, ChartLayout layout, Set<PositionId> folded, double scale) {
    }

    /** The manager and {@code members} with {@code depth} levels of their teams, laid out for the slide. */
    private Attempt attempt(PositionId manager, List<PositionId> members, int depth) {
        ChartBuilder b = Chart.builder().title(chart.title()).tiers(chart.tiers()).settings(chart.settings())
                .fields(chart.fields());
        Set<PositionId> inside = new HashSet<>();
        Set<PositionId> folded = new LinkedHashSet<>();
        List<Position> added = new ArrayList<>();
        if (manager != null) {
            added.add(chart.position(manager).withReportsTo(null));
        }
        List<PositionId> level = members;
        for (int d = 1; d <= depth && !level.isEmpty(); d++) {
            List<PositionId> next = new ArrayList<>();
            for (PositionId id : level) {
                Position p = chart.position(id);
                added.add(manager == null && d == 1 ? p.withReportsTo(null) : p);
                List<PositionId> reports = chart.childrenOf(id);
                if (d == depth) {
                    if (!reports.isEmpty()) {
                        folded.add(id);
                    }
                } else {
                    next.addAll(reports);
                }
            }
            level = next;
        }
        for (Position p : added) {
            inside.add(p.id());
        }
        for (Position p : added) {
            if (!p.dottedLines().isEmpty() && !inside.containsAll(p.dottedLines())) {
                p = p.withDottedLines(p.dottedLines().stream().filter(inside::contains).toList());
            }
            b.add(p);
        }
        Chart shown;
        try {
            shown = b.build();
        } catch (InvalidChartException e) {
            // A part of a valid chart is itself valid; reaching here is a fault in this class.
            throw new IllegalStateException("A slide's part of the chart could not be cut out: " + e.getMessage(), e);
        }
        ChartLayout layout = new TreeLayout(layoutOptions).layout(shown, cards.sizer(folded), Set.of());
        Box bounds = layout.bounds();
        double scale = Math.min(areaWidth / Math.max(1, bounds.width()), areaHeight / Math.max(1, bounds.height()));
        return new Attempt(shown, layout, folded, scale);
    }

    /**
     * The whole chart on one slide, laid out with {@code options} exactly as an export with the
     * same layout places it (same card sizes, same layout), scaled to fit the slide's area: a
     * picture of the whole organisation in editable shapes, whose text is as small as the chart
     * needs.
     */
    static ChartSlide whole(Chart chart, DeckCards cards, LayoutOptions options, double areaWidth, double areaHeight) {
        ChartLayout layout = new TreeLayout(options).layout(chart, cards.sizer(Set.of()), Set.of());
        Box bounds = layout.bounds();
        double scale = Math.min(MAX_SCALE, Math.min(areaWidth / Math.max(1, bounds.width()),
                areaHeight / Math.max(1, bounds.height())));
        return new ChartSlide(chart.title().isBlank() ? RenderTexts.t("deck.whole") : chart.title().strip(), null, chart,
                layout, Set.of(), scale, -1, 0, 0);
    }

    private int depthBelow(List<PositionId> members) {
        int depth = 0;
        List<PositionId> level = members;
        while (!level.isEmpty()) {
            depth++;
            List<PositionId> next = new ArrayList<>();
            for (PositionId id : level) {
                next.addAll(chart.childrenOf(id));
            }
            level = next;
        }
        return depth;
    }

    private int count(List<PositionId> members, int depth) {
        int n = 0;
        List<PositionId> level = members;
        for (int d = 1; d <= depth && !level.isEmpty(); d++) {
            n += level.size();
            List<PositionId> next = new ArrayList<>();
            for (PositionId id : level) {
                next.addAll(chart.childrenOf(id));
            }
            level = next;
        }
        return n;
    }
}
