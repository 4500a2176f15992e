package dev.orgwright.io.csv;

import java.util.ArrayList;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Edit;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.Position;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.IoTexts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an import does once the first file is a chart: attach the rows of a second file that
 * stand for several people each ({@link StaffRows}), then give every position with a pay grade
 * its grade's tier ({@link GradeTiers}). A file with a tier column says each tier itself, so its
 * grades set none.
 */
public final class PairsAndGrades {

    /**
     * The finished import.
     *
     * @param chart   the chart to save: the first file's, with the second file's rows and the grades' tiers
     * @param staff   what attaching the second file did; empty without a second file
     * @param grades  the grades found in both files; empty when no position has one or a tier column decides
     * @param choices the tier of each grade, in the order of {@link GradeTiers#grades()}
     * @param assistants how many positions were marked as their manager's assistant by their title
     */
    public record Outcome(Chart chart, Optional<StaffRows.Result> staff, Optional<GradeTiers> grades,
                          List<GradeTiers.Choice> choices, int assistants) {

        /** Copies the choices. */
        public Outcome {
            choices = List.copyOf(choices);
        }

        /** The mapping used, a line per grade ("SCS3 → Senior Management (22 positions; at the top)"). */
        public List<String> gradeLines() {
            return grades.map(g -> g.describe(choices, chart.tiers())).orElse(List.of());
        }

        /**
         * "3 positions are assistants by their title (…): drawn beside their manager, …", or empty
         * when no title named an assistant.
         */
        public String assistantSummary() {
            return assistants == 0 ? "" : IoTexts.t(assistants == 1 ? "io.import.assistants.one"
                    : "io.import.assistants.many", assistants);
        }
    }

    private PairsAndGrades() {
    }

    /**
     * Finishes the import of {@code first}.
     *
     * @param staff        the second file, or {@code null} for none
     * @param staffMapping the roles of the second file's columns; {@code null} to detect them from its header
     * @param chosen       tiers the user chose for grades, by grade; a grade a tier lists keeps that tier
     * @throws ChartFormatException when the second file lacks a column it needs
     */
    public static Outcome finish(ImportResult first, CsvTable staff, ColumnMapping staffMapping,
                                 Map<String, String> chosen) throws ChartFormatException {
        Chart chart = first.chart();
        Map<PositionId, String> grades = new HashMap<>(gradesOf(first));
        Optional<StaffRows.Result> attached = Optional.empty();
        if (staff != null) {
            ColumnMapping m = staffMapping != null ? staffMapping
                    : ColumnMapping.detect(staff.header(), ColumnMapping.Extras.NOTES);
            StaffRows.Result result = StaffRows.attach(chart, first.table().source(), staff, m);
            chart = withGradeField(result.chart(), result.grades());
            grades.putAll(result.grades());
            attached = Optional.of(result);
        }
        // After the second file: a post with staff below it leads a team, whatever its title.
        AssistantTitles.Marked assistants = AssistantTitles.mark(chart);
        chart = assistants.chart();
        if (first.mapping().column(ColumnRole.TIER).isPresent() || grades.isEmpty()) {
            return new Outcome(chart, attached, Optional.empty(), List.of(), assistants.marked());
        }
        GradeTiers tiers = GradeTiers.of(chart, grades);
        List<GradeTiers.Choice> choices = tiers.choose(chart.tiers(), chosen);
        return new Outcome(tiers.apply(chart, choices), attached, Optional.of(tiers), choices, assistants.marked());
    }

    /**
     * {@code chart} with the second file's grades in the first file's "Grade" field, when it has
     * one, so that every position carries its grade the same way (a choice field gains the new
     * grades as choices).
     */
    static Chart withGradeField(Chart chart, Map<PositionId, String> grades) {
        Optional<FieldDefinition> field = chart.fields().stream().filter(f -> f.name().equals("Grade")).findFirst();
        if (field.isEmpty() || grades.isEmpty()) {
            return chart;
        }
        FieldDefinition f = field.get();
        List<Edit> edits = new ArrayList<>();
        if (f.type() == FieldType.CHOICE) {
            java.util.LinkedHashSet<String> choices = new java.util.LinkedHashSet<>(f.choices());
            grades.values().stream().sorted().forEach(choices::add);
            List<FieldDefinition> fields = new ArrayList<>(chart.fields());
            fields.set(fields.indexOf(f), new FieldDefinition(f.id(), f.name(), f.type(), f.isPrivate(),
                    List.copyOf(choices), f.unknownFields()));
            edits.add(CustomFieldEdits.replaceAll(fields));
        } else if (f.type() != FieldType.TEXT) {
            return chart;
        }
        grades.forEach((id, grade) -> edits.add(CustomFieldEdits.setValue(id, f.id(), grade)));
        return Edits.sequence("Grades", edits).apply(chart);
    }

    /**
     * The grade of each position the first file's rows became, read from its grade column: a
     * row's position has the row's id (or "row-N" without an id column); where two rows share an
     * id, the position is the first row's.
     */
    static Map<PositionId, String> gradesOf(ImportResult first) {
        OptionalInt grade = first.mapping().column(ColumnRole.GRADE);
        if (grade.isEmpty()) {
            return Map.of();
        }
        Map<PositionId, String> out = new HashMap<>();
        // The import keeps the grade as the chart's own field "Grade": read there, a row kept under a
        // new id (a repeated id in the file) has its grade too.
        Optional<FieldDefinition> field = first.chart().fields().stream().filter(f -> f.name().equals("Grade"))
                .findFirst();
        if (field.isPresent()) {
            for (Position p : first.chart().positionsById().values()) {
                p.fieldValues().get(field.get().id()).map(v -> v instanceof java.math.BigDecimal n
                        ? n.toPlainString() : String.valueOf(v)).filter(v -> !v.isBlank())
                        .ifPresent(v -> out.put(p.id(), v.strip()));
            }
            return out;
        }
        OptionalInt id = first.mapping().column(ColumnRole.ID);
        for (CsvRow r : first.table().rows()) {
            String value = cell(r, grade.getAsInt());
            String key = id.isEmpty() ? "row-" + r.row() : cell(r, id.getAsInt());
            if (!value.isEmpty() && !key.isEmpty() && first.chart().contains(PositionId.of(key))) {
                out.putIfAbsent(PositionId.of(key), value);
            }
        }
        return out;
    }

    private static String cell(CsvRow r, int column) {
        return CsvCells.text(r, column);
    }
}
