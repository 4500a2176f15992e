package dev.orgwright.bench;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * How long validation takes on realistic charts of 10,000 and 100,000 positions: a full
 * validation, and {@code Validation.update} after one edit of several kinds. The targets are a
 * full validation of 100,000 positions under 500 ms and an update after one edit under 10 ms,
 * so that findings can follow every keystroke.
 *
 * <p>The charts use the default tiers: Senior Management in the top three levels, Executive
 * Management below, spans of 3 to 10, two to four duties each drawn from about 200 phrases
 * (strategic, operational and hands-on, 3 % of the other tier's, about a third linked to the catalog), and some
 * vacancies. A plain program, not a test: timings depend on the machine and never fail a build.
 * Run it from the project directory with
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.orgwright.bench.ValidationBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class ValidationBenchmark {

    private static final int RUNS = 50;
    private static final long SEED = 20_250_202L;
    private static final int SENIOR_LEVELS = 3;

    private static final List<String> AREAS = List.of("sales", "marketing", "engineering", "finance",
            "customer support", "logistics", "product");

    /** Duty templates with the responsibility each would be linked to (null: hands-on work). */
    private static final String[][] SENIOR_DUTIES = {
            {"Sets the long-term strategy for %s", "strategy"},
            {"Decides which new markets %s expands into", "strategy"},
            {"Presents the %s plan to the board and investors", "strategy"},
            {"Writes the company policies that %s must follow", "policy"},
            {"Sees that %s complies with the code of conduct", "policy"},
            {"Reviews the %s budget every quarter", "budgets"},
            {"Keeps the spending of %s in check", "budgets"},
            {"Approves the yearly financial plan for %s", "budgets"},
            {"Decides whether %s is restructured", "restructuring"},
            {"Leads the reorganisation of %s across the company", "restructuring"},
    };
    private static final String[][] EXECUTIVE_DUTIES = {
            {"Runs the day-to-day work of %s", "operations"},
            {"Schedules the shifts and the rota for %s", "operations"},
            {"Handles escalations from the %s queue", "operations"},
            {"Keeps the %s releases on time", "delivery"},
            {"Tracks the %s KPIs and milestones every week", "delivery"},
            {"Meets the quarterly targets of %s", "delivery"},
            {"Holds a weekly team meeting with %s staff", "team-communication"},
            {"Runs one-on-ones with everyone in %s", "team-communication"},
            {"Coaches struggling people in %s", "performance"},
            {"Gives feedback in the %s performance reviews", "performance"},
    };
    private static final String[] HANDS_ON = {
            "Writes code for the %s tools", "Answers customer calls about %s", "Prepares the %s slides",
            "Orders supplies for %s", "Keeps the %s wiki tidy", "Books travel for the %s team",
            "Fixes the printers on the %s floor", "Takes the minutes of %s sessions",
            "Visits %s customers on site", "Checks the %s invoices",
    };
    private static final List<String> SENIOR_TITLES = List.of("Chief %s Officer", "VP of %s", "Director of %s Strategy");
    private static final List<String> EXECUTIVE_TITLES = List.of("Head of %s", "%s Team Lead", "%s Operations Manager",
            "%s Manager", "%s Specialist");

    private static long sink;

    private ValidationBenchmark() {
    }

    public static void main(String[] args) throws InvalidChartException {
        System.out.printf("Orgwright validation benchmark (Java %s, %d processors, max heap %d MB)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("duty phrases in the pool: %d%n", phrasePool().size());
        Validator validator = Validator.withDefaultRules();
        // Warm the JIT on a mid-sized chart, full validations and updates alike.
        Chart warm = generate(10_000, new Random(SEED - 1));
        Validation warmed = null;
        for (int i = 0; i < 30; i++) {
            warmed = validator.validate(warm);
        }
        for (Function<Random, Edit> kind : editKinds(warm).values()) {
            time(warmed, kind, 200, new Random(SEED));
        }
        for (int size : new int[] {10_000, 100_000}) {
            report(validator, size);
        }
        System.out.println(sink == 42 ? "" : "(done)");
    }

    private static void report(Validator validator, int size) throws InvalidChartException {
        Chart chart = generate(size, new Random(SEED + size));
        long[] full = new long[RUNS];
        Validation validation = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            validation = validator.validate(chart);
            full[i] = System.nanoTime() - start;
        }
        System.out.printf("%n== %,d positions, %d levels: %,d errors, %,d warnings, %,d infos ==%n", chart.size(),
                depth(chart), validation.count(Severity.ERROR), validation.count(Severity.WARNING),
                validation.count(Severity.INFO));
        System.out.printf("full validation: median %.1f ms, p90 %.1f ms, best %.1f ms of %d (target < 500 ms at 100,000)%n",
                percentile(full, 50) / 1e6, percentile(full, 90) / 1e6, percentile(full, 0) / 1e6, RUNS);
        Map<String, Integer> perRule = new java.util.TreeMap<>();
        validation.all().forEach(f -> perRule.merge(f.ruleId(), 1, Integer::sum));
        System.out.println("findings per rule: " + perRule);
        System.out.printf("%-36s %12s %12s %12s%n", "update after one edit", "median ms", "p90 ms", "max ms");
        for (Map.Entry<String, Function<Random, Edit>> kind : editKinds(chart).entrySet()) {
            time(validation, kind.getValue(), 20, new Random(SEED + 1));
            long[] times = time(validation, kind.getValue(), RUNS, new Random(SEED + 2));
            System.out.printf("%-36s %12.3f %12.3f %12.3f%n", kind.getKey(), percentile(times, 50) / 1e6,
                    percentile(times, 90) / 1e6, percentile(times, 100) / 1e6);
        }
    }

    /** Times {@code update} of {@code base} after one edit of the kind, {@code count} times. */
    private static long[] time(Validation base, Function<Random, Edit> kind, int count, Random random) {
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            Chart after = kind.apply(random).apply(base.chart());
            long start = System.nanoTime();
            Validation updated = base.update(after);
            times[i] = System.nanoTime() - start;
            sink += updated.count(Severity.WARNING);
        }
        return times;
    }

    private static double percentile(long[] times, int p) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }

    /** One edit factory per kind, each drawing random targets from {@code chart}. */
    private static Map<String, Function<Random, Edit>> editKinds(Chart chart) {
        List<PositionId> all = new ArrayList<>();
        Map<PositionId, Integer> levels = new LinkedHashMap<>();
        for (Position p : chart.inTreeOrder()) {
            all.add(p.id());
            levels.put(p.id(), p.reportsTo() == null ? 0 : levels.get(p.reportsTo()) + 1);
        }
        int deepest = levels.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<PositionId> leaves = all.stream().filter(id -> chart.childrenOf(id).isEmpty()).toList();
        List<PositionId> managers = all.stream().filter(id -> !chart.childrenOf(id).isEmpty()).toList();
        // Mid-level: executive managers about halfway down, each with a team of some size below.
        int middle = Math.max(SENIOR_LEVELS, deepest / 2);
        List<PositionId> midManagers = managers.stream().filter(id -> levels.get(id) == middle).toList();
        List<String> phrases = phrasePool();

        Map<String, Function<Random, Edit>> kinds = new LinkedHashMap<>();
        kinds.put("setTitle of a leaf", r -> Edits.setTitle(pick(leaves, r), "Retitled " + r.nextInt(1000)));
        kinds.put("addDuty", r -> Edits.addDuty(pick(all, r), Duty.of(phrases.get(r.nextInt(phrases.size()))), -1));
        kinds.put("setHolder", r -> Edits.setHolder(pick(all, r), r.nextBoolean() ? "" : "Alex Doe"));
        kinds.put("move a leaf", r -> Edits.move(pick(leaves, r), pick(managers, r), -1));
        kinds.put("move a mid-level manager (level " + middle + ")", r -> {
            while (true) {
                PositionId id = pick(midManagers, r);
                PositionId to = pick(managers, r);
                if (Edits.whyCannotReportTo(chart, id, to) == null) {
                    return Edits.move(id, to, -1);
                }
            }
        });
        kinds.put("setTier of a mid-level manager", r -> Edits.setTier(pick(midManagers, r), Templates.SENIOR));
        return kinds;
    }

    private static PositionId pick(List<PositionId> ids, Random r) {
        return ids.get(r.nextInt(ids.size()));
    }

    /** About 200 duty phrases: ten areas times the senior, executive and hands-on templates. */
    private static List<String> phrasePool() {
        List<String> out = new ArrayList<>();
        for (String area : AREAS) {
            for (String[] d : SENIOR_DUTIES) {
                out.add(String.format(d[0], area));
            }
            for (String[] d : EXECUTIVE_DUTIES) {
                out.add(String.format(d[0], area));
            }
            for (String d : HANDS_ON) {
                out.add(String.format(d, area));
            }
        }
        return out;
    }

    private static Duty duty(Random r, String area, boolean senior) {
        int kind = r.nextInt(100);
        if (kind < 10) {
            return Duty.of(String.format(HANDS_ON[r.nextInt(HANDS_ON.length)], area));
        }
        // Now and then a duty of the other tier, as real charts have.
        String[][] own = (kind < 13) != senior ? SENIOR_DUTIES : EXECUTIVE_DUTIES;
        String[] d = own[r.nextInt(own.length)];
        String text = String.format(d[0], area);
        return r.nextInt(3) == 0 ? Duty.linked(text, d[1]) : Duty.of(text);
    }

    /** A chart of {@code size} positions, breadth first from one CEO, spans of 3 to 10. */
    static Chart generate(int size, Random r) throws InvalidChartException {
        List<Position> positions = new ArrayList<>(size);
        Deque<Position> open = new ArrayDeque<>();
        Position ceo = position(r, "p0", "Chief Executive Officer", null, 0, "company");
        positions.add(ceo);
        open.add(ceo);
        Map<PositionId, Integer> level = new LinkedHashMap<>();
        level.put(ceo.id(), 0);
        while (positions.size() < size && !open.isEmpty()) {
            Position manager = open.poll();
            int span = 3 + r.nextInt(8);
            for (int i = 0; i < span && positions.size() < size; i++) {
                int depth = level.get(manager.id()) + 1;
                String area = AREAS.get(r.nextInt(AREAS.size()));
                Position p = position(r, "p" + positions.size(), null, manager.id(), depth, area);
                positions.add(p);
                open.add(p);
                level.put(p.id(), depth);
            }
        }
        return Chart.builder().title("Benchmark " + size).addAll(positions).build();
    }

    private static Position position(Random r, String id, String title, PositionId manager, int depth, String area) {
        boolean senior = depth < SENIOR_LEVELS;
        String name = title != null ? title : String.format(
                (senior ? SENIOR_TITLES : EXECUTIVE_TITLES).get(r.nextInt(senior ? SENIOR_TITLES.size()
                        : EXECUTIVE_TITLES.size())), capitalised(area));
        List<Duty> duties = new ArrayList<>();
        int count = 2 + r.nextInt(3);
        while (duties.size() < count) {
            Duty d = duty(r, area, senior);
            if (duties.stream().noneMatch(x -> x.text().equals(d.text()))) {
                duties.add(d);
            }
        }
        return new Position(PositionId.of(id), name, r.nextInt(20) == 0 ? "" : "Holder " + id,
                senior ? Templates.SENIOR : Templates.EXECUTIVE, duties, manager, List.of(), capitalised(area), "",
                false, null);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int depth(Chart chart) {
        Map<PositionId, Integer> levels = new LinkedHashMap<>();
        int max = 0;
        for (Position p : chart.inTreeOrder()) {
            int l = p.reportsTo() == null ? 1 : levels.get(p.reportsTo()) + 1;
            levels.put(p.id(), l);
            max = Math.max(max, l);
        }
        return max;
    }
}
