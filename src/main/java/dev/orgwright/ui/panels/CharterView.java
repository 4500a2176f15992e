package dev.orgwright.ui.panels;

import dev.orgwright.analysis.RoleCharter;
import dev.orgwright.analysis.RoleCharter.CharterDuty;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * View → Role Charters: the charter of the selected position (or of every position, a page each)
 * as it will print, with a Print button. The same content as {@code orgwright charter}; no cost
 * or private field is on it.
 */
public final class CharterView {

    /** Printed pages are this wide in points: A4 less its margins. */
    static final double PAGE_WIDTH = 480;

    private final ChartWindowModel model;
    private final Dialogs dialogs;
    private final Supplier<PrinterJob> jobs;
    private final ComboBox<Choice> which = new ComboBox<>();
    private final VBox pages = new VBox(18);

    /** A choice of the list: one position, or every one (id null). */
    record Choice(PositionId id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public CharterView(ChartWindowModel model, Dialogs dialogs, Supplier<PrinterJob> jobs) {
        this.model = model;
        this.dialogs = dialogs;
        this.jobs = jobs;
    }

    /** Opens the charters in a window of their own beside {@code owner}. */
    public Stage show(Window owner) {
        Chart chart = model.chart();
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null, Texts.t("panels.charterView.everyPosition")));
        for (Position p : chart.inTreeOrder()) {
            choices.add(new Choice(p.id(), p.title() + " (" + p.id() + ")"));
        }
        which.getItems().setAll(choices);
        which.setId("charter-position");
        which.setValue(model.selection().flatMap(id -> choices.stream().filter(c -> id.equals(c.id())).findFirst())
                .orElse(choices.get(0)));
        which.valueProperty().addListener((o, a, b) -> refresh());
        Button print = new Button(Texts.t("panels.charterView.print"));
        print.setId("charter-print");
        pages.setId("charter-pages");
        pages.setPadding(new Insets(16));
        HBox top = new HBox(10, new Label(Texts.t("panels.charterView.charterOf")), which, print);
        top.setPadding(new Insets(8));
        BorderPane root = new BorderPane(new ScrollPane(pages), top, null, null, null);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Texts.t("panels.charterView.roleCharters"));
        stage.setScene(new Scene(root, 620, 760));
        print.setOnAction(e -> print(stage));
        refresh();
        dev.orgwright.ui.fx.WindowKeys.closeOnEscape(stage);
        stage.show();
        return stage;
    }

    /** The charters shown, one page node each. */
    List<RoleCharter> charters() {
        Chart chart = model.chart();
        Choice choice = which.getValue();
        return choice == null || choice.id() == null || !chart.contains(choice.id()) ? RoleCharter.all(chart)
                : List.of(RoleCharter.of(chart, choice.id()));
    }

    private void refresh() {
        pages.getChildren().setAll(charters().stream().map(CharterView::page).toList());
    }

    /** Prints each page; false when there is no printer, the user cancels, or the printer stops. */
    boolean print(Window owner) {
        PrinterJob job = jobs.get();
        if (job == null) {
            dialogs.showError(Texts.t("panels.charterView.noPrinter"), Texts.t("panels.charterView.noPrinterIsSet"));
            return false;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return false;
        }
        for (RoleCharter c : charters()) {
            if (!job.printPage(page(c))) {
                job.cancelJob();
                dialogs.showError(Texts.t("panels.charterView.printingFailed"), Texts.t("panels.charterView.thePrinterStoppedThe", job.getJobStatus()));
                return false;
            }
        }
        return job.endJob();
    }

    /** One charter laid out as a page. */
    static Node page(RoleCharter c) {
        VBox page = new VBox(4);
        page.setPadding(new Insets(24));
        page.setPrefWidth(PAGE_WIDTH);
        page.setMaxWidth(PAGE_WIDTH);
        page.setStyle("-fx-background-color: white; -fx-border-color: #d0d4da;");
        page.getStyleClass().add("charter-page");
        Label title = new Label(c.title());
        title.setFont(Font.font(Texts.t("panels.charterView.system"), FontWeight.BOLD, 20));
        page.getChildren().add(title);
        text(page, Texts.t("panels.charterView.holder", (c.holder().isEmpty() ? Texts.t("panels.charterView.vacant") : c.holder())));
        text(page, Texts.t("panels.charterView.tier", (c.tier().isEmpty() ? Texts.t("panels.charterView.none") : c.tier())));
        if (!c.department().isEmpty()) {
            text(page, Texts.t("panels.charterView.department", c.department()));
        }
        text(page, Texts.t("panels.charterView.reportsTo", (c.reportsTo().isEmpty() ? Texts.t("panels.charterView.nobody") : c.reportsTo())));
        text(page, Texts.t("panels.charterView.directReports", (c.directReports().isEmpty() ? Texts.t("panels.charterView.none") : String.join(", ", c.directReports()))));
        text(page, Texts.t("panels.charterView.dottedLinesTo", (c.dottedLines().isEmpty() ? Texts.t("panels.charterView.none") : String.join(", ", c.dottedLines()))));
        heading(page, Texts.t("panels.charterView.purpose"));
        text(page, c.purpose().isEmpty() ? Texts.t("panels.charterView.notWrittenYetThe") : c.purpose());
        heading(page, Texts.t("panels.charterView.duties"));
        if (c.duties().isEmpty()) {
            text(page, Texts.t("panels.charterView.noneYet"));
        }
        for (CharterDuty d : c.duties()) {
            text(page, "• " + d.text() + (d.role() == null ? "" : " (" + d.role().label() + ": " + d.responsibility() + ")"));
        }
        heading(page, Texts.t("panels.charterView.decisionRights"));
        if (c.decisionRights().isEmpty()) {
            text(page, Texts.t("panels.charterView.accountableForNoResponsibility"));
        }
        c.decisionRights().forEach(r -> text(page, Texts.t("panels.charterView.accountableFor", r)));
        return page;
    }

    private static void heading(VBox page, String text) {
        Label l = new Label(text);
        l.setFont(Font.font(Texts.t("panels.charterView.system"), FontWeight.BOLD, 14));
        l.setPadding(new Insets(8, 0, 0, 0));
        page.getChildren().add(l);
    }

    private static void text(VBox page, String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(PAGE_WIDTH - 48);
        page.getChildren().add(l);
    }
}
