package dev.orgwright.ui.panels;

import dev.orgwright.model.FieldType;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.Texts;
import dev.orgwright.ui.panels.ChartPropertiesForm.FieldRow;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import dev.orgwright.ui.fx.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Chart → Properties: the chart's title, the currency of its costs, its own fields (name,
 * type, private or not, the choices of a choice field) and what its cards show, in one window. OK applies every change
 * as one undoable edit; Cancel or Escape leaves the chart as it was.
 */
public final class ChartPropertiesDialog {

    private final ChartWindowModel model;
    private final ChartPropertiesForm form;

    public ChartPropertiesDialog(ChartWindowModel model) {
        this.model = model;
        this.form = new ChartPropertiesForm(model.chart());
    }

    /** Opens the window, modal to {@code owner}. */
    public Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Texts.t("panels.chartPropertiesDialog.chartProperties"));
        stage.setScene(new Scene(content(stage), 720, 640));
        stage.getScene().getStylesheets().add(
                ChartPropertiesDialog.class.getResource("/dev/orgwright/ui/orgwright.css").toExternalForm());
        stage.show();
        return stage;
    }

    private BorderPane content(Stage stage) {
        TextField title = new TextField();
        title.setId("properties-title");
        title.textProperty().bindBidirectional(form.titleProperty());
        TextField currency = new TextField();
        currency.setId("properties-currency");
        currency.setPromptText(Texts.t("panels.chartPropertiesDialog.eurGbpUsd"));
        currency.setPrefColumnCount(6);
        currency.textProperty().bindBidirectional(form.currencyProperty());
        GridPane top = new GridPane();
        top.setHgap(8);
        top.setVgap(8);
        top.addRow(0, new Label(Texts.t("panels.chartPropertiesDialog.title")), title);
        top.addRow(1, new Label(Texts.t("panels.chartPropertiesDialog.currencyOfCosts")), currency);
        GridPane.setHgrow(title, Priority.ALWAYS);

        TableView<FieldRow> table = new TableView<>(form.fields());
        table.setId("properties-fields");
        table.setEditable(true);
        table.setPlaceholder(new Label(Texts.t("panels.chartPropertiesDialog.noFieldsOfIts")));
        TableColumn<FieldRow, String> name = new TableColumn<>(Texts.t("panels.chartPropertiesDialog.name"));
        name.setCellValueFactory(c -> c.getValue().nameProperty());
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setPrefWidth(200);
        TableColumn<FieldRow, FieldType> type = new TableColumn<>(Texts.t("panels.chartPropertiesDialog.type"));
        type.setCellValueFactory(c -> c.getValue().typeProperty());
        type.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(FieldType t) {
                return t == null ? "" : t.label();
            }

            @Override
            public FieldType fromString(String text) {
                return FieldType.valueOf(text);
            }
        }, FieldType.values()));
        type.setPrefWidth(100);
        TableColumn<FieldRow, Boolean> secret = new TableColumn<>(Texts.t("panels.chartPropertiesDialog.private"));
        secret.setCellValueFactory(c -> c.getValue().privateProperty());
        secret.setCellFactory(CheckBoxTableCell.forTableColumn(secret));
        secret.setPrefWidth(70);
        TableColumn<FieldRow, String> choices = new TableColumn<>(Texts.t("panels.chartPropertiesDialog.choices"));
        choices.setCellValueFactory(c -> c.getValue().choicesProperty());
        choices.setCellFactory(TextFieldTableCell.forTableColumn());
        table.getColumns().setAll(List.of(name, type, secret, choices));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button add = button("field-add", Texts.t("panels.chartPropertiesDialog.field-add"), () -> {
            FieldRow row = form.addField();
            table.getSelectionModel().select(row);
            // The new row's cells exist only after a layout pass; then its name is ready for typing.
            table.requestFocus();
            table.layout();
            table.edit(form.fields().indexOf(row), name);
        });
        Button remove = button("field-remove", Texts.t("panels.chartPropertiesDialog.field-remove"), () -> selected(table).ifPresent(form::removeField));
        Button up = button("field-up", Texts.t("panels.chartPropertiesDialog.field-up"), () -> selected(table).ifPresent(r -> move(table, r, -1)));
        Button down = button("field-down", Texts.t("panels.chartPropertiesDialog.field-down"), () -> selected(table).ifPresent(r -> move(table, r, 1)));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        up.disableProperty().bind(remove.disableProperty());
        down.disableProperty().bind(remove.disableProperty());
        Label privacy = new Label(Texts.t("panels.chartPropertiesDialog.aChoiceFieldLists"));
        privacy.getStyleClass().add("caption");
        privacy.setWrapText(true);
        privacy.setMinHeight(Region.USE_PREF_SIZE); // the list above gives way, not the sentence's end

        Label problem = new Label();
        problem.setId("properties-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        Button ok = button("properties-ok", Texts.t("panels.chartPropertiesDialog.properties-ok"), () -> {
            form.edit().ifPresent(model::applyOrExplain);
            stage.close();
        });
        ok.setDefaultButton(true);
        Button cancel = button("properties-cancel", Texts.t("panels.chartPropertiesDialog.properties-cancel"), stage::close);
        cancel.setCancelButton(true);
        Runnable check = () -> {
            String why = form.problem().orElse("");
            problem.setText(why);
            ok.setDisable(!why.isEmpty());
        };
        form.fields().addListener((ListChangeListener<FieldRow>) c -> check.run());
        form.currencyProperty().addListener((o, a, b) -> check.run());
        check.run();
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, problem, gap, ok, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(problem, Priority.SOMETIMES);

        Label fieldsCaption = new Label(Texts.t("panels.chartPropertiesDialog.theChartSOwn"));
        fieldsCaption.getStyleClass().add("pane-heading");
        VBox body = new VBox(10, top, fieldsCaption, table, new HBox(6, add, remove, up, down), privacy, cardPane());
        VBox.setVgrow(table, Priority.ALWAYS);
        body.setPadding(new Insets(12));
        BorderPane root = new BorderPane(body);
        buttons.setPadding(new Insets(0, 12, 12, 12));
        root.setBottom(buttons);
        root.setId("chart-properties");
        return root;
    }

    /** The card template: the lines of a card in order, with add, remove, up and down, and the photo. */
    private VBox cardPane() {
        Label caption = new Label(Texts.t("properties.card.heading"));
        caption.getStyleClass().add("pane-heading");
        ListView<String> lines = new ListView<>(form.cardLines());
        lines.setId("properties-card-lines");
        lines.setPrefHeight(130);
        lines.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : form.cardLineName(line));
            }
        });
        ComboBox<String> addable = new ComboBox<>();
        addable.setId("properties-card-addable");
        addable.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : form.cardLineName(line));
            }
        });
        addable.setButtonCell(addable.getCellFactory().call(null));
        Runnable refresh = () -> addable.getItems().setAll(form.addableLines());
        refresh.run();
        form.cardLines().addListener((ListChangeListener<String>) c -> refresh.run());
        form.fields().addListener((ListChangeListener<FieldRow>) c -> refresh.run());
        Button add = button("card-add", Texts.t("properties.card.add"), () -> {
            String line = addable.getValue();
            if (line != null) {
                form.addCardLine(line);
                lines.getSelectionModel().select(line);
            }
        });
        add.disableProperty().bind(addable.valueProperty().isNull());
        Button remove = button("card-remove", Texts.t("properties.card.remove"),
                () -> Optional.ofNullable(lines.getSelectionModel().getSelectedItem()).ifPresent(form::removeCardLine));
        Button up = button("card-up", Texts.t("properties.card.up"), () -> moveLine(lines, -1));
        Button down = button("card-down", Texts.t("properties.card.down"), () -> moveLine(lines, 1));
        remove.disableProperty().bind(lines.getSelectionModel().selectedItemProperty().isNull());
        up.disableProperty().bind(remove.disableProperty());
        down.disableProperty().bind(remove.disableProperty());
        CheckBox photo = new CheckBox(Texts.t("properties.card.photo"));
        photo.setId("properties-card-photo");
        photo.selectedProperty().bindBidirectional(form.cardPhotoProperty());
        Label note = new Label(Texts.t("properties.card.note"));
        note.getStyleClass().add("caption");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(8, caption, new HBox(8, lines, new VBox(6, new HBox(6, addable, add), remove, up, down, photo)),
                note);
    }

    private void moveLine(ListView<String> lines, int step) {
        String line = lines.getSelectionModel().getSelectedItem();
        if (line != null) {
            form.moveCardLine(line, step);
            lines.getSelectionModel().select(line);
        }
    }

    private void move(TableView<FieldRow> table, FieldRow row, int step) {
        form.moveField(row, step);
        table.getSelectionModel().select(row);
    }

    private static Optional<FieldRow> selected(TableView<FieldRow> table) {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE); // a longer word in another language is never cut short
        return b;
    }
}
