package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import dev.orgwright.model.Blank;
import dev.orgwright.model.Chart;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pay grades to tiers. An HR file names each position's grade ("SCS2", "Band B1"); a tier may
 * list the grades it holds. Grades that no tier lists are placed from where their positions sit
 * in the imported structure:
 * <ul>
 *   <li><b>at the top</b>: the grade's positions typically sit (the median of their levels) less
 *       than two levels below where the highest grade's positions typically sit;</li>
 *   <li><b>managers</b>: otherwise, at least half of the grade's positions manage someone;</li>
 *   <li><b>the rest</b>: everyone else.</li>
 * </ul>
 * The top goes to Senior Management, managers to Executive Management and the rest to Staff (or,
 * in a chart without those tiers, to its highest tier, the one below it and its lowest tier).
 * A top position without reports says nothing about the structure and is not counted for the
 * levels. Grades are compared ignoring case and spaces around them. Pure: charts in, chart out.
 */
public final class GradeTiers {

    /** Where a grade's positions typically sit in the structure. */
    public enum Placement {
        TOP("io.grades.placement.top"), MANAGERS("io.grades.placement.managers"), REST("io.grades.placement.rest");

        private final String key;

        Placement(String key) {
            this.key = key;
        }

        /** "at the top", "managers", "the rest", in the user's language. */
        public String words() {
            return IoTexts.t(key);
        }
    }

    /** Where a grade's tier came from. */
    public enum Source {
        /** A tier of the chart lists the grade. */
        CHART,
        /** The user chose the tier. */
        CHOSEN,
        /** Proposed from where the grade's positions sit. */
        STRUCTURE
    }

    /**
     * A grade found in the file.
     *
     * @param name      as spelled where it first appears
     * @param positions how many positions have it
     * @param placement where its positions typically sit
     */
    public record Grade(String name, int positions, Placement placement) {
    }

    /**
     * The tier of one grade.
     *
     * @param grade  the grade as first spelled
     * @param tierId the tier's id, or {@code null} when the chart has no tier for it
     * @param source where the choice came from
     * @param placement where the grade's positions sit, the reason of a structure proposal
     */
    public record Choice(String grade, String tierId, Source source, Placement placement) {
    }

    /** The grades of positions, by position id, with their structure; made once per import. */
    private final Map<PositionId, String> gradeOf;
    private final List<Grade> found;

    private GradeTiers(Map<PositionId, String> gradeOf, List<Grade> found) {
        this.gradeOf = gradeOf;
        this.found = found;
    }

    /**
     * The grades of {@code chart}'s positions, each placed from the structure.
     *
     * @param grades each position's grade; positions absent or with a blank grade have none
     */
    public static GradeTiers of(Chart chart, Map<PositionId, String> grades) {
        Map<PositionId, String> gradeOf = new HashMap<>();
        grades.forEach((id, g) -> {
            if (g != null && !Blank.isBlank(g) && chart.contains(id)) {
                gradeOf.put(id, Blank.strip(g));
            }
        });
        // Levels from the top: a manager comes before its reports in tree order.
        Map<PositionId, Integer> level = new HashMap<>(chart.size() * 2);
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, List<Integer>> levels = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>(); // positions, managers
        for (Position p : chart.inTreeOrder()) {
            int l = p.reportsTo() == null ? 1 : level.get(p.reportsTo()) + 1;
            level.put(p.id(), l);
            String g = gradeOf.get(p.id());
            if (g == null) {
                continue;
            }
            String key = Tier.gradeKey(g);
            spelling.putIfAbsent(key, g);
            boolean manages = !chart.childrenOf(p.id()).isEmpty();
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[0]++;
            c[1] += manages ? 1 : 0;
            if (p.reportsTo() != null || manages) {
                levels.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
            }
        }
        Map<String, Double> typical = new HashMap<>();
        levels.forEach((key, ls) -> typical.put(key, median(ls)));
        double top = typical.values().stream().mapToDouble(Double::doubleValue).min().orElse(1);
        List<Grade> found = new ArrayList<>();
        for (Map.Entry<String, String> e : spelling.entrySet()) {
            String key = e.getKey();
            int[] c = counts.get(key);
            Double t = typical.get(key);
            Placement placement = t != null && t < top + 2 ? Placement.TOP
                    : 2 * c[1] >= c[0] ? Placement.MANAGERS : Placement.REST;
            found.add(new Grade(e.getValue(), c[0], placement));
        }
        return new GradeTiers(Map.copyOf(gradeOf), List.copyOf(found));
    }

    private static double median(List<Integer> values) {
        int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** The grades found, in the order they first appear in the chart (top down). */
    public List<Grade> grades() {
        return found;
    }

    /** Each position's grade, for positions that have one. */
    public Map<PositionId, String> gradeOf() {
        return gradeOf;
    }

    /**
     * The tier of every grade found: the tier of {@code tiers} that lists it; else the one the
     * user chose in {@code chosen} (grade to tier id, grades compared ignoring case); else the
     * one the structure proposes.
     */
    public List<Choice> choose(List<Tier> tiers, Map<String, String> chosen) {
        Map<String, String> chosenByKey = new HashMap<>();
        chosen.forEach((g, t) -> chosenByKey.put(Tier.gradeKey(g), t));
        List<Choice> out = new ArrayList<>(found.size());
        for (Grade g : found) {
            Optional<Tier> listing = tiers.stream().filter(t -> t.holdsGrade(g.name())).findFirst();
            String picked = chosenByKey.get(Tier.gradeKey(g.name()));
            if (listing.isPresent()) {
                out.add(new Choice(g.name(), listing.get().id(), Source.CHART, g.placement()));
            } else if (picked != null && tiers.stream().anyMatch(t -> t.id().equals(picked))) {
                out.add(new Choice(g.name(), picked, Source.CHOSEN, g.placement()));
            } else {
                out.add(new Choice(g.name(), proposedTier(tiers, g.placement()), Source.STRUCTURE, g.placement()));
            }
        }
        return out;
    }

    /** The tier a placement goes to: Senior, Executive or Staff by id, else by rank. */
    static String proposedTier(List<Tier> tiers, Placement placement) {
        if (tiers.isEmpty()) {
            return null;
        }
        String wanted = switch (placement) {
            case TOP -> Templates.SENIOR;
            case MANAGERS -> Templates.EXECUTIVE;
            case REST -> Templates.STAFF;
        };
        if (tiers.stream().anyMatch(t -> t.id().equals(wanted))) {
            return wanted;
        }
        List<Tier> byRank = tiers.stream().sorted((a, b) -> Integer.compare(a.rank(), b.rank())).toList();
        return switch (placement) {
            case TOP -> byRank.get(0).id();
            case MANAGERS -> byRank.get(Math.min(1, byRank.size() - 1)).id();
            case REST -> byRank.get(byRank.size() - 1).id();
        };
    }

    /**
     * {@code chart} with every graded position in its grade's tier, and each grade that no tier
     * listed added to the grades of the tier it went to, so that the chart remembers the mapping
     * (and {@code --grades-from} can use it again). Positions without a grade keep their tier.
     */
    public Chart apply(Chart chart, List<Choice> choices) {
        Map<String, String> tierOf = new HashMap<>();
        Map<String, List<String>> added = new LinkedHashMap<>();
        for (Choice c : choices) {
            if (c.tierId() != null) {
                tierOf.put(Tier.gradeKey(c.grade()), c.tierId());
                if (c.source() != Source.CHART) {
                    added.computeIfAbsent(c.tierId(), k -> new ArrayList<>()).add(c.grade());
                }
            }
        }
        List<Tier> tiers = new ArrayList<>();
        for (Tier t : chart.tiers()) {
            List<String> grades = new ArrayList<>(t.grades());
            added.getOrDefault(t.id(), List.of()).stream().filter(g -> !t.holdsGrade(g)).forEach(grades::add);
            tiers.add(grades.size() == t.grades().size() ? t : t.withGrades(grades));
        }
        List<Position> positions = new ArrayList<>(chart.size());
        for (Position p : chart.inTreeOrder()) {
            String g = gradeOf.get(p.id());
            String tier = g == null ? null : tierOf.get(Tier.gradeKey(g));
            positions.add(tier == null || tier.equals(p.tierId()) ? p : p.withTier(tier));
        }
        return rebuilt(chart, tiers, positions);
    }

    /**
     * {@code chart} with other tiers and positions, everything else kept: one pass over the
     * positions, where an edit per position would cost a new chart each.
     */
    static Chart rebuilt(Chart chart, List<Tier> tiers, List<Position> positions) {
        try {
            return Chart.builder().title(chart.title()).tiers(tiers).settings(chart.settings()).fields(chart.fields())
                    .unknownFields(chart.unknownFields()).addAll(positions).build();
        } catch (InvalidChartException e) {
            throw new IllegalStateException("The import made a chart that is not whole: " + e.getMessage(), e);
        }
    }

    /**
     * The mapping as lines for the command line: "SCS3 → Senior Management (22 positions; at
     * the top)", "SCS4 → Senior Management (5 positions; listed by the tier)".
     */
    public List<String> describe(List<Choice> choices, List<Tier> tiers) {
        Map<String, Integer> counts = new HashMap<>();
        found.forEach(g -> counts.put(Tier.gradeKey(g.name()), g.positions()));
        List<String> lines = new ArrayList<>(choices.size());
        for (Choice c : choices) {
            String tier = c.tierId() == null ? IoTexts.t("io.grades.noTier") : tiers.stream().filter(t -> t.id().equals(c.tierId()))
                    .map(Tier::name).findFirst().orElse(c.tierId());
            int n = Objects.requireNonNullElse(counts.get(Tier.gradeKey(c.grade())), 0);
            String why = switch (c.source()) {
                case CHART -> IoTexts.t("io.grades.source.chart");
                case CHOSEN -> IoTexts.t("io.grades.source.chosen");
                case STRUCTURE -> c.placement().words();
            };
            lines.add(IoTexts.t(n == 1 ? "io.grades.line.one" : "io.grades.line.many", c.grade(), tier, n, why));
        }
        return lines;
    }
}
