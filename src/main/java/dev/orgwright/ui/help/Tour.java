package dev.orgwright.ui.help;

import dev.orgwright.ui.fx.Texts;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The getting-started tour: a few cards laid over the window, each beside the part it explains
 * (the chart, the outline, the inspector, the findings, the help), with Next and Skip. It shows
 * itself once, on the first start; Help → Getting Started Tour shows it again. Whether it was
 * seen is kept in the user's preferences. The system property {@code orgwright.tour=off} keeps
 * it from ever showing by itself, for windows opened by the build.
 */
public final class Tour {

    /** The preference that says the tour was seen or skipped. */
    public static final String SEEN_KEY = "tourSeen";
    /** The system property that switches the first-start tour off. */
    public static final String PROPERTY = "orgwright.tour";

    /** Each step: the keys of its title and text, and the id of the part of the window it stands beside. */
    record Step(String titleKey, String textKey, String target) {
    }

    static final List<Step> STEPS = List.of(
            new Step("help.tour.canvas.title", "help.tour.canvas", "chart-canvas"),
            new Step("help.tour.outline.title", "help.tour.outline", "outline"),
            new Step("help.tour.inspector.title", "help.tour.inspector", "inspector"),
            new Step("help.tour.findings.title", "help.tour.findings", "findings-pane"),
            new Step("help.tour.help.title", "help.tour.help", "chart-canvas"));

    private final Window owner;
    private final Preferences preferences;
    private Stage stage;
    private int index = -1;
    private final Label counter = new Label();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Button next = new Button();

    public Tour(Window owner, Preferences preferences) {
        this.owner = owner;
        this.preferences = preferences;
    }

    /** Shows the tour if it has not been seen and is not switched off; returns whether it shows. */
    public boolean startIfFirstTime() {
        if ("off".equalsIgnoreCase(System.getProperty(PROPERTY)) || preferences.getBoolean(SEEN_KEY, false)) {
            return false;
        }
        start();
        return true;
    }

    /** Shows the tour from its first step. */
    public void start() {
        if (stage == null) {
            stage = build();
        }
        index = 0;
        showStep();
        stage.show();
        next.requestFocus();
    }

    /** The next step, or the end of the tour after the last. */
    public void next() {
        if (index + 1 >= STEPS.size()) {
            finish();
        } else {
            index++;
            showStep();
        }
    }

    /** Ends the tour now; it will not show by itself again. */
    public void skip() {
        finish();
    }

    /** The step shown (0 first), or -1 when the tour is not showing. */
    public int step() {
        return stage != null && stage.isShowing() ? index : -1;
    }

    public boolean isShowing() {
        return step() >= 0;
    }

    /** The text of the step shown, for reading it back. */
    public String text() {
        return text.getText();
    }

    private void finish() {
        preferences.putBoolean(SEEN_KEY, true);
        index = -1;
        if (stage != null) {
            stage.hide();
        }
    }

    private Stage build() {
        Stage s = new Stage(StageStyle.UNDECORATED);
        s.initOwner(owner);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        text.setWrapText(true);
        text.setMaxWidth(320);
        counter.setStyle("-fx-text-fill: #475467;");
        Button skip = new Button(Texts.t("help.tour.skip"));
        skip.setId("tour-skip");
        skip.setCancelButton(true); // Escape skips
        skip.setOnAction(e -> skip());
        next.setId("tour-next");
        next.setDefaultButton(true); // Enter goes on
        next.setOnAction(e -> next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, counter, spacer, skip, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, title, text, buttons);
        box.setId("tour");
        box.setPadding(new Insets(16));
        box.setPrefWidth(360);
        box.setStyle("-fx-background-color: #FFFFFF; -fx-border-color: #2563EB; -fx-border-width: 2;");
        if (owner.getScene() != null) {
            box.setStyle(box.getStyle() + owner.getScene().getRoot().getStyle());
        }
        s.setScene(new Scene(box));
        s.setOnCloseRequest(e -> finish());
        return s;
    }

    private void showStep() {
        Step step = STEPS.get(index);
        title.setText(Texts.t(step.titleKey()));
        text.setText(Texts.t(step.textKey()));
        counter.setText(Texts.t("help.tour.counter", index + 1, STEPS.size()));
        next.setText(index + 1 == STEPS.size() ? Texts.t("help.tour.done") : Texts.t("help.tour.next"));
        place(step.target());
    }

    /** Stands the card over the top-left of the part it explains, or in the window's middle. */
    private void place(String target) {
        Node node = owner.getScene() == null ? null : owner.getScene().lookup("#" + target);
        Bounds b = node == null || !node.isVisible() ? null : node.localToScreen(node.getBoundsInLocal());
        if (b != null) {
            stage.setX(b.getMinX() + Math.min(40, b.getWidth() / 4));
            stage.setY(b.getMinY() + Math.min(40, b.getHeight() / 4));
        } else {
            stage.setX(owner.getX() + owner.getWidth() / 2 - 180);
            stage.setY(owner.getY() + owner.getHeight() / 3);
        }
    }
}
