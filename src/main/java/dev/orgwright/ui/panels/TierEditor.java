package dev.orgwright.ui.panels;

import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Tier;
import dev.orgwright.model.TierEdits;
import dev.orgwright.model.UnknownFields;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Texts;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The chart's tiers and their catalogs, editable: add, rename, reorder and remove tiers; edit
 * each tier's typical titles, its pay grades and its responsibilities (text and keywords). Every change is one
 * undoable edit of the chart, and the findings follow at once.
 */
public final class TierEditor {

    private final ChartWindowModel model;
    private final Dialogs dialogs;
    private final ListView<Tier> tiers = new ListView<>();
    private final TextArea titles = new TextArea();
    private final TextField grades = new TextField();
    private final TableView<Responsibility> responsibilities = new TableView<>();
    private final Label heading = new Label();
    private final WindowChange.Listener follow = change -> refresh();
    private boolean updating;

    public TierEditor(ChartWindowModel model, Dialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    /** Opens the editor in a window of its own beside {@code owner}. */
    public Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Texts.t("panels.tierEditor.tiersAndResponsibilities"));
        BorderPane root = content();
        stage.setScene(new Scene(root, 860, 520));
        stage.getScene().getStylesheets().add(TierEditor.class.getResource("/dev/orgwright/ui/orgwright.css").toExternalForm());
        // Close, or Escape, keeps what was typed in the text boxes: they commit as if left.
        Button close = button("tier-close", dev.orgwright.ui.fx.Texts.t("a11y.window.close"), () -> {
            commitTitles();
            commitGrades();
            stage.close();
        });
        close.setCancelButton(true);
        HBox bar = new HBox(close);
        bar.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(0, 12, 12, 12));
        root.setBottom(bar);
        stage.setOnCloseRequest(e -> { // Escape and the close box keep the typed text too
            commitTitles();
            commitGrades();
        });
        dev.orgwright.ui.fx.WindowKeys.closeOnEscape(stage); // also from the lists and tables, which keep Escape
        model.listen(EnumSet.of(Aspect.CHART), follow);
        stage.setOnHidden(e -> model.removeListener(follow));
        refresh();
        stage.show();
        keepHeadersWhole(responsibilities);
        return stage;
    }

    /**
     * Gives each column of {@code table} at least the width its heading needs, measured as the
     * header shows it (font, padding, the text of the language chosen): a narrow window then
     * scrolls the table sideways rather than cutting a heading such as the keywords column's.
     */
    private static void keepHeadersWhole(TableView<?> table) {
        table.applyCss();
        table.layout();
        for (javafx.scene.Node n : table.lookupAll(".column-header")) {
            if (n instanceof javafx.scene.control.skin.TableColumnHeader header
                    && header.lookup(".label") instanceof Label label) {
                double needed = label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset();
                header.getTableColumn().setMinWidth(Math.ceil(needed));
            }
        }
    }

    private BorderPane content() {
        tiers.setId("tier-list");
        tiers.setPrefWidth(240);
        tiers.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Tier t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : Texts.t(t.responsibilities().size() == 1 ? "panels.tierEditor.tierRow.one" : "panels.tierEditor.tierRow.many",
                        t.rank(), t.name(), t.responsibilities().size()));
            }
        });
        tiers.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showTier());

        Button add = button("tier-add", Texts.t("panels.tierEditor.tier-add"), this::addTier);
        Button rename = button("tier-rename", Texts.t("panels.tierEditor.tier-rename"), () -> selectedTier().ifPresent(t ->
                dialogs.askText(Texts.t("panels.tierEditor.renameTheTier", t.name()), Texts.t("panels.tierEditor.name"), t.name())
                        .map(String::strip).filter(n -> !n.isEmpty() && !n.equals(t.name()))
                        .ifPresent(n -> model.applyOrExplain(TierEdits.rename(t.id(), n)))));
        Button up = button("tier-up", Texts.t("panels.tierEditor.tier-up"), () -> moveTier(-1));
        Button down = button("tier-down", Texts.t("panels.tierEditor.tier-down"), () -> moveTier(1));
        Button remove = button("tier-remove", Texts.t("panels.tierEditor.tier-remove"), () -> selectedTier()
                .ifPresent(t -> model.applyOrExplain(TierEdits.remove(t.id()))));
        VBox left = new VBox(8, caption(Texts.t("panels.tierEditor.tiersHighestFirst")), tiers, new HBox(6, add, rename), new HBox(6, up, down, remove));
        VBox.setVgrow(tiers, Priority.ALWAYS);

        titles.setId("tier-titles");
        titles.setPrefRowCount(4);
        titles.setWrapText(false);
        titles.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitTitles();
            }
        });
        Button applyTitles = button("tier-titles-apply", Texts.t("panels.tierEditor.tier-titles-apply"), this::commitTitles);

        grades.setId("tier-grades");
        grades.setPromptText(Texts.t("panels.tierEditor.scsScs"));
        grades.setOnAction(e -> commitGrades());
        grades.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitGrades();
            }
        });
        Button applyGrades = button("tier-grades-apply", Texts.t("panels.tierEditor.tier-grades-apply"), this::commitGrades);
        HBox gradesRow = new HBox(6, grades, applyGrades);
        HBox.setHgrow(grades, Priority.ALWAYS);

        responsibilities.setId("tier-responsibilities");
        responsibilities.setEditable(true);
        TableColumn<Responsibility, String> id = new TableColumn<>(Texts.t("panels.tierEditor.id"));
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        id.setPrefWidth(110);
        TableColumn<Responsibility, String> text = new TableColumn<>(Texts.t("panels.tierEditor.responsibility"));
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        text.setCellFactory(TextFieldTableCell.forTableColumn());
        text.setPrefWidth(260);
        text.setOnEditCommit(e -> {
            Responsibility r = e.getRowValue();
            String value = e.getNewValue() == null ? "" : e.getNewValue().strip();
            if (!value.isEmpty() && !value.equals(r.text())) {
                editResponsibility(new Responsibility(r.id(), value, r.keywords(), r.unknownFields()));
            } else {
                refresh();
            }
        });
        TableColumn<Responsibility, String> keywords = new TableColumn<>(Texts.t("panels.tierEditor.keywordsCommaSeparated"));
        keywords.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().keywords())));
        keywords.setCellFactory(TextFieldTableCell.forTableColumn());
        keywords.setPrefWidth(260);
        keywords.setOnEditCommit(e -> {
            Responsibility r = e.getRowValue();
            List<String> words = splitList(e.getNewValue(), ",");
            if (!words.equals(r.keywords())) {
                editResponsibility(new Responsibility(r.id(), r.text(), words, r.unknownFields()));
            }
        });
        responsibilities.getColumns().setAll(List.of(id, text, keywords));
        responsibilities.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button addResponsibility = button("responsibility-add", Texts.t("panels.tierEditor.responsibility-add"), this::addResponsibility);
        Button removeResponsibility = button("responsibility-remove", Texts.t("panels.tierEditor.responsibility-remove"), () -> {
            Responsibility r = responsibilities.getSelectionModel().getSelectedItem();
            selectedTier().ifPresent(t -> {
                if (r != null) {
                    model.applyOrExplain(TierEdits.removeResponsibility(t.id(), r.id()));
                }
            });
        });
        heading.getStyleClass().add("pane-heading");
        VBox right = new VBox(8, heading, caption(Texts.t("panels.tierEditor.typicalTitlesOnePer")), titles,
                applyTitles, caption(Texts.t("panels.tierEditor.payGradesOfThis")),
                gradesRow, caption(Texts.t("panels.tierEditor.responsibilitiesDoubleClickA")), responsibilities,
                new HBox(6, addResponsibility, removeResponsibility));
        VBox.setVgrow(responsibilities, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);

        HBox body = new HBox(14, left, right);
        body.setPadding(new Insets(12));
        BorderPane root = new BorderPane(body);
        root.setId("tier-editor");
        return root;
    }

    /** The list shows the chart's tiers as they are now, keeping the selected one selected. */
    private void refresh() {
        updating = true;
        try {
            String selectedId = selectedTier().map(Tier::id).orElse(null);
            List<Tier> now = model.chart().tiers();
            if (!tiers.getItems().equals(now)) {
                tiers.getItems().setAll(now);
            }
            int index = 0;
            for (int i = 0; i < now.size(); i++) {
                if (now.get(i).id().equals(selectedId)) {
                    index = i;
                }
            }
            if (!now.isEmpty()) {
                tiers.getSelectionModel().select(index);
            }
        } finally {
            updating = false;
        }
        showTier();
    }

    private void showTier() {
        Optional<Tier> t = selectedTier();
        heading.setText(t.map(Tier::name).orElse(Texts.t("panels.tierEditor.noTier")));
        if (!titles.isFocused() || !updating) {
            titles.setText(t.map(x -> String.join("\n", x.typicalTitles())).orElse(""));
        }
        if (!grades.isFocused() || !updating) {
            grades.setText(t.map(x -> String.join(", ", x.grades())).orElse(""));
        }
        List<Responsibility> list = t.map(Tier::responsibilities).orElse(List.of());
        if (!responsibilities.getItems().equals(list)) {
            responsibilities.getItems().setAll(list);
        }
        titles.setDisable(t.isEmpty());
        grades.setDisable(t.isEmpty());
        responsibilities.setDisable(t.isEmpty());
    }

    private Optional<Tier> selectedTier() {
        return Optional.ofNullable(tiers.getSelectionModel().getSelectedItem());
    }

    private void addTier() {
        dialogs.askText(Texts.t("panels.tierEditor.addATier"), Texts.t("panels.tierEditor.nameOfTheNew"), "")
                .map(String::strip).filter(n -> !n.isEmpty()).ifPresent(name -> {
                    String id = freeId(slug(name), model.chart().tiers().stream().map(Tier::id).toList());
                    int index = tiers.getSelectionModel().getSelectedIndex();
                    if (model.applyOrExplain(TierEdits.add(Tier.of(id, name, 1, List.of(), List.of()),
                            index < 0 ? -1 : index + 1))) {
                        model.chart().tiers().stream().filter(x -> x.id().equals(id)).findFirst()
                                .ifPresent(x -> tiers.getSelectionModel().select(x));
                    }
                });
    }

    private void moveTier(int step) {
        int index = tiers.getSelectionModel().getSelectedIndex();
        int to = index + step;
        if (index >= 0 && to >= 0 && to < tiers.getItems().size()) {
            Tier t = tiers.getItems().get(index);
            model.applyOrExplain(TierEdits.move(t.id(), to));
        }
    }

    private void commitTitles() {
        selectedTier().ifPresent(t -> {
            List<String> list = splitList(titles.getText(), "\n");
            if (!list.equals(t.typicalTitles())) {
                model.applyOrExplain(TierEdits.setTypicalTitles(t.id(), list));
            }
        });
    }

    /** The grades as typed become the tier's; a refused list (a grade of another tier) is explained and shown as it was. */
    private void commitGrades() {
        selectedTier().ifPresent(t -> {
            List<String> list = splitList(grades.getText(), ",");
            if (!list.equals(t.grades()) && !model.applyOrExplain(TierEdits.setGrades(t.id(), list))) {
                grades.setText(String.join(", ", t.grades()));
            }
        });
    }

    private void addResponsibility() {
        selectedTier().ifPresent(t -> dialogs.askText(Texts.t("panels.tierEditor.addAResponsibilityTo", t.name()),
                Texts.t("panels.tierEditor.whatTheTierIs"), "").map(String::strip).filter(s -> !s.isEmpty()).ifPresent(text -> {
                    List<String> taken = model.chart().tiers().stream()
                            .flatMap(x -> x.responsibilities().stream()).map(Responsibility::id).toList();
                    String id = freeId(slug(text.split("\\s+")[0] + (text.split("\\s+").length > 1
                            ? " " + text.split("\\s+")[1] : "")), taken);
                    model.applyOrExplain(TierEdits.addResponsibility(t.id(),
                            new Responsibility(id, text, List.of(), UnknownFields.NONE)));
                }));
    }

    private void editResponsibility(Responsibility changed) {
        selectedTier().ifPresent(t -> model.applyOrExplain(TierEdits.editResponsibility(t.id(), changed)));
    }

    static List<String> splitList(String text, String separator) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "tier" : s;
    }

    static String freeId(String base, List<String> taken) {
        String id = base;
        int n = 2;
        while (taken.contains(id)) {
            id = base + "-" + n++;
        }
        return id;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE); // a longer word in another language is never cut short
        return b;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption");
        l.setWrapText(true); // a long caption wraps rather than widening the window or losing its end
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
