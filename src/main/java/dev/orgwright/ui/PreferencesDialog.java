package dev.orgwright.ui;

import dev.orgwright.ui.fx.LanguagePreference;
import dev.orgwright.ui.fx.Texts;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Edit → Preferences: the language of the window. The choice is remembered and used when a
 * window is next opened, since the open one made its controls in the language it started with.
 */
final class PreferencesDialog {

    private final LanguagePreference language;

    PreferencesDialog(LanguagePreference language) {
        this.language = language;
    }

    /** Opens the window, modal to {@code owner}. */
    Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Texts.t("preferences.title"));

        ChoiceBox<Optional<Locale>> choice = new ChoiceBox<>();
        choice.setId("preferences-language");
        choice.getItems().setAll(LanguagePreference.choices());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<Locale> value) {
                return value == null ? "" : LanguagePreference.label(value);
            }

            @Override
            public Optional<Locale> fromString(String text) {
                return Optional.empty();
            }
        });
        choice.setValue(language.chosen());
        Label label = new Label(Texts.t("preferences.language"));
        label.setLabelFor(choice);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.addRow(0, label, choice);
        Label note = new Label(Texts.t("preferences.language.note"));
        note.setId("preferences-note");
        note.setWrapText(true);

        Button ok = new Button(Texts.t("preferences.ok"));
        ok.setId("preferences-ok");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> {
            language.choose(choice.getValue());
            stage.close();
        });
        Button cancel = new Button(Texts.t("preferences.cancel"));
        cancel.setId("preferences-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, ok, cancel);

        VBox root = new VBox(12, grid, note, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(420);
        stage.setScene(new Scene(root));
        stage.getScene().getStylesheets().add(
                PreferencesDialog.class.getResource("/dev/orgwright/ui/orgwright.css").toExternalForm());
        stage.show();
        return stage;
    }
}
