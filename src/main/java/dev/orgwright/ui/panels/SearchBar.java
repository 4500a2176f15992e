package dev.orgwright.ui.panels;

import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.Texts;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * Ctrl+F: a search field over the canvas. Matching cards are ringed as the user types; Enter
 * selects the next match and brings it into view, Shift+Enter the previous; Esc closes.
 */
public final class SearchBar extends HBox {

    private final ChartWindowModel model;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private List<PositionId> matches = List.of();
    private int current = -1;

    public SearchBar(ChartWindowModel model, Runnable onClose) {
        this.model = model;
        setId("search-bar");
        getStyleClass().add("search-bar");
        field.setId("search-field");
        field.setPromptText(Texts.t("panels.searchBar.searchTitlesHoldersDepartments"));
        field.setPrefColumnCount(32);
        count.setId("search-count");
        Button close = new Button("×");
        close.setOnAction(e -> onClose.run());
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        getChildren().addAll(new Label(Texts.t("panels.searchBar.find")), field, count, close);
        field.textProperty().addListener((o, a, b) -> search());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
        model.listen(EnumSet.of(Aspect.CHART), change -> {
            // The chart changed under an open search: keep the marks true.
            if (isVisible() && !field.getText().isBlank()) {
                List<PositionId> now = ChartSearch.find(model.chart(), field.getText());
                if (!now.equals(matches)) {
                    matches = now;
                    model.setSearchMatches(new HashSet<>(matches));
                    showCount();
                }
            }
        });
    }

    public void open() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
        search();
    }

    public void close() {
        setVisible(false);
        setManaged(false);
        matches = List.of();
        model.setSearchMatches(java.util.Set.of());
    }

    private void search() {
        matches = ChartSearch.find(model.chart(), field.getText());
        current = -1;
        model.setSearchMatches(new HashSet<>(matches));
        if (!matches.isEmpty()) {
            step(1); // as the user types, the first match is selected and shown
        } else {
            showCount();
        }
    }

    private void step(int direction) {
        if (matches.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + direction, matches.size());
        PositionId id = matches.get(current);
        model.select(id);
        model.view().bringIntoView(id);
        showCount();
    }

    private void showCount() {
        count.setText(field.getText().isBlank() ? ""
                : matches.isEmpty() ? Texts.t("panels.searchBar.noMatch")
                : current >= 0 ? Texts.t(matches.size() == 1 ? "panels.searchBar.nOfMatch" : "panels.searchBar.nOfMatches", current + 1, matches.size())
                : Texts.t(matches.size() == 1 ? "panels.searchBar.match" : "panels.searchBar.matches", matches.size()));
    }
}
