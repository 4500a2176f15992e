package dev.orgwright.ui.canvas;

import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.Texts;
import java.util.EnumSet;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar above the canvas while it shows one team alone (a view's root): it says whose team it
 * is, so that nobody takes the part for the whole chart, and offers the way back to the whole
 * chart. Hidden, and taking no room, while the whole chart is shown.
 */
public final class TeamBar extends HBox {

    private final ChartWindowModel model;
    private final Label text = new Label();

    public TeamBar(ChartWindowModel model) {
        this.model = model;
        setId("team-bar");
        getStyleClass().add("team-bar");
        text.setId("team-bar-text");
        Button whole = new Button(Texts.t("views.team.showWhole"));
        whole.setId("team-bar-whole");
        whole.setOnAction(e -> model.showTeam(null));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(text, spacer, whole);
        model.listen(EnumSet.of(Aspect.CHART, Aspect.LAYOUT), change -> refresh());
        refresh();
    }

    /** The text of the bar now: "Showing the team of Chief Technology Officer", or empty for the whole chart. */
    public String text() {
        return text.getText();
    }

    private void refresh() {
        Optional<PositionId> root = model.shownRoot().filter(model.chart()::contains);
        root.ifPresent(id -> {
            int size = model.chart().subtree(id).size();
            String title = model.chart().position(id).title();
            text.setText(size == 1 ? Texts.t("views.team.showing.one", title)
                    : Texts.t("views.team.showing", title, Texts.whole(size)));
        });
        if (root.isEmpty()) {
            text.setText("");
        }
        setVisible(root.isPresent());
        setManaged(root.isPresent());
    }
}
