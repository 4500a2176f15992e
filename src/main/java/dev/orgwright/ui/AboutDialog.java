package dev.orgwright.ui;

import dev.orgwright.ui.fx.Texts;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → About: version, licence, runtime, and the libraries with their licences. */
final class AboutDialog extends Dialog<ButtonType> {

    AboutDialog(Window owner, AboutContent content) {
        initOwner(owner);
        setTitle(Texts.t("about.about", content.name()));
        setHeaderText(Texts.t("about.header", content.name(), content.version()));
        Label licence = new Label(Texts.t("about.licensedUnderThe2", content.licence()));
        Label runtime = new Label(Texts.t("about.runsOn2", content.runtime()));
        runtime.setWrapText(true);
        Label heading = new Label(Texts.t("about.libraries"));
        heading.getStyleClass().add("pane-heading");
        VBox box = new VBox(8, licence, runtime, heading, libraryTable(content));
        box.setPrefWidth(620);
        getDialogPane().setContent(box);
        getDialogPane().setId("about-pane");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private static TableView<AboutContent.Library> libraryTable(AboutContent content) {
        TableView<AboutContent.Library> table = new TableView<>();
        table.setId("about-libraries");
        table.getColumns().add(column(Texts.t("about.library"), 300, AboutContent.Library::name));
        table.getColumns().add(column(Texts.t("about.version"), 80, AboutContent.Library::version));
        table.getColumns().add(column(Texts.t("about.licence"), 220, AboutContent.Library::licence));
        table.getItems().setAll(content.libraries());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(28 + 26 * (content.libraries().size() + 1));
        return table;
    }

    private static TableColumn<AboutContent.Library, String> column(String title, double width,
            java.util.function.Function<AboutContent.Library, String> value) {
        TableColumn<AboutContent.Library, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return column;
    }
}
