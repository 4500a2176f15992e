package dev.orgwright.ui.help;

import dev.orgwright.ui.fx.Texts;
import dev.orgwright.ui.fx.WindowKeys;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → Contents (F1): the bundled help in a window of its own, offline. The table of contents
 * on the left, the page on the right, drawn with plain labels (no web view: the help is a few
 * pages of text, and a browser engine would add tens of megabytes to the program). The search
 * box keeps the pages that hold every word typed and marks the paragraphs that hold one.
 */
public final class HelpWindow {

    private static Stage shown;

    private final List<HelpPage> pages = HelpPages.load();
    private final ListView<HelpPage> contents = new ListView<>();
    private final VBox page = new VBox(8);
    private final TextField search = new TextField();

    private HelpWindow() {
    }

    /** Opens the help over {@code owner}, or brings the open one to the front. */
    public static Stage show(Window owner) {
        if (shown != null && shown.isShowing()) {
            shown.toFront();
            shown.requestFocus();
            return shown;
        }
        shown = new HelpWindow().stage(owner);
        shown.show();
        return shown;
    }

    private Stage stage(Window owner) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Texts.t("help.window.title"));
        search.setId("help-search");
        search.setPromptText(Texts.t("help.window.search"));
        search.textProperty().addListener((o, was, now) -> filter(now));
        contents.setId("help-contents");
        contents.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(HelpPage p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.title());
            }
        });
        contents.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showPage(now));
        contents.getItems().setAll(pages);
        VBox left = new VBox(6, search, contents);
        left.setPadding(new Insets(8));
        VBox.setVgrow(contents, Priority.ALWAYS);

        page.setId("help-page");
        page.setPadding(new Insets(16, 20, 20, 20));
        page.getStyleClass().add("help-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.28);
        SplitPane.setResizableWithParent(left, false);
        BorderPane root = new BorderPane(split);
        root.setId("help-window");
        if (owner != null && owner.getScene() != null) {
            root.setStyle(owner.getScene().getRoot().getStyle()); // the reader's text size
        }
        Scene scene = new Scene(root, 860, 600);
        scene.getStylesheets().add(HelpWindow.class.getResource("/dev/orgwright/ui/orgwright.css").toExternalForm());
        stage.setScene(scene);
        WindowKeys.closeOnEscape(stage);
        contents.getSelectionModel().selectFirst();
        stage.setOnShown(e -> contents.requestFocus());
        return stage;
    }

    private void filter(String query) {
        HelpPage current = contents.getSelectionModel().getSelectedItem();
        List<HelpPage> kept = pages.stream().filter(p -> p.matches(query)).toList();
        contents.getItems().setAll(kept);
        if (current != null && kept.contains(current)) {
            contents.getSelectionModel().select(current);
            showPage(current);
        } else if (!kept.isEmpty()) {
            contents.getSelectionModel().selectFirst();
        } else {
            page.getChildren().setAll(new Label(Texts.t("help.window.noMatch", query.strip())));
        }
    }

    private void showPage(HelpPage p) {
        page.getChildren().clear();
        if (p == null) {
            return;
        }
        Label title = new Label(p.title());
        title.getStyleClass().add("help-title");
        title.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold;");
        page.getChildren().add(title);
        String query = search.getText();
        for (HelpPage.Block block : p.blocks()) {
            Label label = new Label(block.kind() == HelpPage.Kind.BULLET ? "•  " + block.text() : block.text());
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            label.getStyleClass().add("help-" + block.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (block.kind() == HelpPage.Kind.HEADING) {
                label.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold; -fx-padding: 8 0 0 0;");
            } else if (block.kind() == HelpPage.Kind.BULLET) {
                label.setPadding(new Insets(0, 0, 0, 14));
            }
            if (query != null && !query.isBlank() && HelpPage.blockMatches(block, query)) {
                label.getStyleClass().add("help-match");
                label.setStyle((label.getStyle() == null ? "" : label.getStyle())
                        + "-fx-background-color: #FEF3C7; -fx-text-fill: #000000;");
            }
            page.getChildren().add(label);
        }
    }

    /** The page shown now, for the window's own tests. */
    static String shownTitle(Stage stage) {
        VBox page = (VBox) stage.getScene().lookup("#help-page");
        return page.getChildren().isEmpty() ? "" : ((Label) page.getChildren().get(0)).getText();
    }
}
