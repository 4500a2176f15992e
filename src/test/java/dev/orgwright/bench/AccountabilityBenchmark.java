package dev.orgwright.bench;

import dev.orgwright.model.Accountability;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.RaciRole;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Tier;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.panels.AccountabilityMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What accountability costs: validation of 100,000 positions with the RACI rules (full, and the
 * update after one cell of the matrix changes), and the matrix of 1,000 positions × 100
 * responsibilities (rebuilt after an edit, and one screenful of cells read, which is what a
 * repaint of the canvas asks of it). A plain program; timings never fail a build. Run with
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.orgwright.bench.AccountabilityBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class AccountabilityBenchmark {

    private AccountabilityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Random r = new Random(20_261_203L);
        Chart big = ValidationBenchmark.generate(100_000, r);
        // Every fifth position answers for its first linked responsibility.
        int made = 0;
        for (Position p : big.inTreeOrder()) {
            if (Integer.parseInt(p.id().value().substring(1)) % 5 == 0) {
                for (Duty d : p.duties()) {
                    if (d.responsibilityId() != null) {
                        big = Accountability.setRole(p.id(), d.responsibilityId(), RaciRole.ACCOUNTABLE).apply(big);
                        made++;
                        break;
                    }
                }
            }
        }
        Chart chart = big;
        Validator validator = Validator.withDefaultRules();
        Validation full = validator.validate(chart);
        System.out.printf(Locale.ROOT, "100,000 positions, %d accountable links: %d findings of the RACI rules%n", made,
                full.all().stream().filter(f -> f.ruleId().contains("accountable") || f.ruleId().equals("overloaded"))
                        .count());
        System.out.printf(Locale.ROOT, "  full validation:                 %8.1f ms%n",
                Median.millis(2, 5, () -> validator.validate(chart)));
        Chart without = dev.orgwright.model.Edits.setSettings(chart.settings()
                .with("rules.no-accountable.enabled", false).with("rules.many-accountable.enabled", false)
                .with("rules.accountable-outside-tier.enabled", false).with("rules.overloaded.enabled", false))
                .apply(chart);
        System.out.printf(Locale.ROOT, "  the same, RACI rules switched off: %6.1f ms (the same machine, the same load)%n",
                Median.millis(2, 5, () -> validator.validate(without)));
        PositionId someone = PositionId.of("p50000");
        String link = "budgets";
        System.out.printf(Locale.ROOT, "  update after one cell set to A:  %8.2f ms%n", Median.millis(5, 30, () ->
                full.update(Accountability.setRole(someone, link, RaciRole.ACCOUNTABLE).apply(chart))));

        Chart matrixChart = matrixChart(1_000, 50);
        AccountabilityMatrix matrix = new AccountabilityMatrix(matrixChart, validator.validate(matrixChart).raci());
        Validation small = validator.validate(matrixChart);
        System.out.printf(Locale.ROOT, "matrix of %d positions x %d responsibilities%n", matrix.columnCount(),
                matrix.rowCount());
        System.out.printf(Locale.ROOT, "  rebuilt after an edit:           %8.2f ms%n",
                Median.millis(5, 30, () -> matrix.update(matrixChart, small.raci())));
        int[] sink = new int[1];
        System.out.printf(Locale.ROOT, "  one screenful (30 x 40 cells):   %8.3f ms%n", Median.millis(20, 100, () -> {
            int first = sink[0] % 60;
            for (int row = first; row < first + 30; row++) {
                sink[0] += matrix.rowState(row).ordinal();
                for (int c = 500; c < 540; c++) {
                    RaciRole role = matrix.cell(row, c);
                    sink[0] += role == null ? 0 : role.ordinal();
                }
            }
        }));
    }

    /** Two tiers of {@code perTier} responsibilities, {@code size} positions with three linked duties each. */
    static Chart matrixChart(int size, int perTier) throws Exception {
        List<Responsibility> senior = new ArrayList<>();
        List<Responsibility> executive = new ArrayList<>();
        for (int i = 0; i < perTier; i++) {
            senior.add(Responsibility.of("s" + i, "Senior responsibility " + i));
            executive.add(Responsibility.of("e" + i, "Executive responsibility " + i));
        }
        List<Tier> tiers = List.of(Tier.of("senior", "Senior", 1, List.of(), senior),
                Tier.of("executive", "Executive", 2, List.of(), executive));
        List<Position> positions = new ArrayList<>();
        RaciRole[] roles = RaciRole.values();
        for (int i = 0; i < size; i++) {
            String tier = i < 20 ? "senior" : "executive";
            String prefix = i < 20 ? "s" : "e";
            List<Duty> duties = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                String id = prefix + ((i * 7 + k * 13) % perTier);
                duties.add(Duty.linked("Works on " + id + " " + k, id, roles[(i + k) % roles.length]));
            }
            positions.add(new Position(PositionId.of("p" + i), "Position " + i, "", tier, duties,
                    i == 0 ? null : PositionId.of("p" + (i - 1) / 8), List.of(), "", "", false, null));
        }
        return Chart.builder().title("Matrix").tiers(tiers).addAll(positions).build();
    }
}
