package dev.orgwright.ui.importing;

import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.GradeTiers;
import dev.orgwright.io.csv.ImportResult;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Tier;
import dev.orgwright.ui.fx.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The part of the import dialog for files that come in pairs and for grades: a second file to
 * attach (its rows standing for several people under the posts of the first), and each grade
 * found with a tier picker, pre-filled from the structure. Grades a tier of the chart lists keep
 * that tier and are shown without a picker.
 */
final class PairsAndGradesPane {

    private final PairsAndGradesChoices choices = new PairsAndGradesChoices();
    private final List<Tier> tiers;
    private final Supplier<Optional<Path>> chooseFile;
    private final Runnable changed;
    private final Label staffFile = new Label(Texts.t("importing.pairsAndGradesPane.noSecondFile"));
    private final Label staffStatus = new Label();
    private final Button remove = new Button(Texts.t("importing.pairsAndGradesPane.remove"));
    private final GridPane grades = new GridPane();
    private Optional<ImportResult> result = Optional.empty();

    /**
     * @param tiers      the tiers the import uses
     * @param chooseFile asks the user for the second file
     * @param changed    told when the finished import changed (a second file, a grade's tier)
     */
    PairsAndGradesPane(List<Tier> tiers, Supplier<Optional<Path>> chooseFile, Runnable changed) {
        this.tiers = List.copyOf(tiers);
        this.chooseFile = chooseFile;
        this.changed = changed;
    }

    Node content() {
        staffFile.setId("import-staff-file");
        staffStatus.setId("import-staff-status");
        staffStatus.setWrapText(true);
        Button choose = new Button(Texts.t("importing.pairsAndGradesPane.secondFile"));
        choose.setId("import-staff-choose");
        choose.setOnAction(e -> chooseStaff());
        remove.setId("import-staff-remove");
        remove.setOnAction(e -> {
            choices.removeStaff();
            staffFile.setText(Texts.t("importing.pairsAndGradesPane.noSecondFile"));
            update();
        });
        HBox staffRow = new HBox(8, new Label(Texts.t("importing.pairsAndGradesPane.rowsForSeveralPeople")), staffFile, choose,
                remove);
        staffRow.setAlignment(Pos.CENTER_LEFT);
        grades.setId("import-grades");
        grades.setHgap(8);
        grades.setVgap(4);
        ScrollPane gradesScroll = new ScrollPane(grades);
        gradesScroll.setPrefViewportHeight(110);
        gradesScroll.setFitToWidth(true);
        return new VBox(6, staffRow, staffStatus, new Label(Texts.t("importing.pairsAndGradesPane.gradesAndTheirTiers")), gradesScroll);
    }

    /** The first file's import changed: the finished import is worked out again. */
    void show(Optional<ImportResult> imported) {
        result = imported;
        update();
    }

    /** The chart Import opens: the first file's with the second's rows and the grades' tiers. */
    Optional<Chart> chart() {
        return choices.outcome().map(o -> o.chart());
    }

    /** Whether the finished import can be opened. */
    boolean canOpen() {
        return choices.canOpen();
    }

    /** The second file's problem rows. */
    List<String> problems() {
        return choices.staffProblems();
    }

    private void chooseStaff() {
        Optional<Path> file = chooseFile.get();
        if (file.isEmpty()) {
            return;
        }
        try {
            choices.staffRead(file.get(), CsvImport.read(file.get()));
            staffFile.setText(String.valueOf(file.get().getFileName()));
        } catch (ChartFormatException e) {
            choices.removeStaff();
            staffFile.setText(Texts.t("importing.pairsAndGradesPane.noSecondFile"));
            staffStatus.setText(e.getMessage());
            changed.run();
            return;
        }
        update();
    }

    private void update() {
        choices.update(result);
        staffStatus.setText(choices.staffStatus());
        remove.setDisable(choices.staffFile().isEmpty());
        grades.getChildren().clear();
        List<GradeTiers.Choice> found = choices.grades();
        for (int i = 0; i < found.size(); i++) {
            GradeTiers.Choice c = found.get(i);
            int n = choices.positionsWith(c.grade());
            Label grade = new Label(Texts.t(n == 1 ? "importing.pairsAndGradesPane.position" : "importing.pairsAndGradesPane.positions", c.grade(), n));
            ComboBox<String> tier = new ComboBox<>();
            tier.setId("grade-" + i);
            tiers.forEach(t -> tier.getItems().add(t.name()));
            tier.setValue(tiers.stream().filter(t -> t.id().equals(c.tierId())).map(Tier::name).findFirst().orElse(null));
            tier.setDisable(c.source() == GradeTiers.Source.CHART);
            tier.setOnAction(e -> tiers.stream().filter(t -> t.name().equals(tier.getValue())).findFirst()
                    .filter(t -> !t.id().equals(c.tierId())).ifPresent(t -> {
                        choices.choose(c.grade(), t.id());
                        update();
                    }));
            Label why = new Label(switch (c.source()) {
                case CHART -> Texts.t("importing.pairsAndGradesPane.listedByTier");
                case CHOSEN -> Texts.t("importing.pairsAndGradesPane.chosen");
                case STRUCTURE -> c.placement().words();
            });
            grade.setLabelFor(tier);
            grades.addRow(i, grade, tier, why);
        }
        changed.run();
    }
}
