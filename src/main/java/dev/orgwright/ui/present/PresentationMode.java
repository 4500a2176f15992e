package dev.orgwright.ui.present;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.CardContent;
import dev.orgwright.render.CardSizing;
import dev.orgwright.render.ChartPainter;
import dev.orgwright.render.Decorations;
import dev.orgwright.render.Theme;
import dev.orgwright.render.Viewport;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.GlyphCoverage;
import dev.orgwright.render.export.UndrawnText;
import dev.orgwright.ui.canvas.ChartCanvas;
import dev.orgwright.ui.canvas.PresentedFrame;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.ui.fx.Texts;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Presentation mode (F5): the chart alone, full screen, stepped through with the keys — the
 * whole chart, each senior position's part, then one level deeper — gliding to each. Cards show
 * what the export dialog lets through (a consultant who hides holders in exports hides them
 * here too). Esc puts the window back as it was: panels, full-screen state and view.
 */
public final class PresentationMode {

    /** The closest a step zooms: a lone card at 400% would fill the screen with a blur of one box. */
    static final double MAX_STEP_SCALE = 2;
    /** The room kept free at the bottom of the screen for the caption, in pixels, so that it never covers a card. */
    public static final double CAPTION_ROOM = 56;
    /** How many texts the notice of undrawable characters names; the rest are counted. */
    static final int NOTICE_LINES = 6;
    /** How long that notice stays if the presenter does not step on first. */
    static final javafx.util.Duration NOTICE_SHOWN = javafx.util.Duration.seconds(12);

    private final Stage stage;
    private final BorderPane root;
    private final ChartCanvas canvas;
    private final ChartWindowModel model;
    private final Supplier<ExportOptions> options;
    private final Label caption = new Label();
    private final Label notice = new Label();
    private CompletableFuture<Void> undrawnTold = CompletableFuture.completedFuture(null);
    private final javafx.animation.PauseTransition noticeTime = new javafx.animation.PauseTransition(NOTICE_SHOWN);
    private final EventHandler<KeyEvent> keys = this::key;
    private final EventHandler<InputEvent> pointer = this::pointer;
    private final ChangeListener<Boolean> fullScreenLeft = (o, was, now) -> {
        if (!now) {
            exit();
        }
    };
    /** Full screen (or any resize) changes the view's size after a step is shown: show it again for the new size. */
    private final WindowChange.Listener resized = change -> showAgainIfResized();
    private double shownWidth;
    private double shownHeight;

    private List<PresentationSteps.Step> steps = List.of();
    /** The whole chart as presented, and each team's own frame once it has been shown. */
    private PresentedFrame whole;
    private final java.util.Map<PositionId, PresentedFrame> teams = new java.util.HashMap<>();
    private dev.orgwright.layout.CardSizer teamSizer;
    private PresentedFrame shownFrame;
    private int index;
    private boolean active;
    private Node top;
    private Node centre;
    private Node bottom;
    private BorderPane canvasArea;
    private boolean wasFullScreen;
    private Viewport editingView;
    private KeyCombination exitKey;

    public PresentationMode(Stage stage, BorderPane root, ChartCanvas canvas, ChartWindowModel model,
                     Supplier<ExportOptions> options) {
        this.stage = stage;
        this.root = root;
        this.canvas = canvas;
        this.model = model;
        this.options = options;
        caption.setId("presentation-caption");
        caption.setStyle("-fx-background-color: rgba(16,24,40,0.6); -fx-text-fill: white; -fx-padding: 4 10 4 10;"
                + " -fx-background-radius: 6; -fx-font-size: 14px;");
        caption.setMouseTransparent(true);
        StackPane.setAlignment(caption, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(caption, new Insets(16));
        notice.setId("presentation-notice");
        notice.setStyle("-fx-background-color: rgba(122,39,26,0.88); -fx-text-fill: white; -fx-padding: 8 12 8 12;"
                + " -fx-background-radius: 6; -fx-font-size: 14px;");
        notice.setWrapText(true);
        notice.setMaxWidth(720);
        notice.setMouseTransparent(true);
        notice.setVisible(false);
        StackPane.setAlignment(notice, Pos.TOP_LEFT);
        StackPane.setMargin(notice, new Insets(16));
        noticeTime.setOnFinished(e -> notice.setVisible(false));
    }

    /** The notice of texts no font can draw whole, shown when the presentation starts; empty when there are none. */
    public String notice() {
        return notice.isVisible() ? notice.getText() : "";
    }

    public boolean isActive() {
        return active;
    }

    public List<PresentationSteps.Step> steps() {
        return steps;
    }

    /** The step shown now, 0 being the whole chart. */
    public int index() {
        return index;
    }

    /** Hides everything but the chart, goes full screen and shows the whole chart. */
    public void enter() {
        if (active) {
            return;
        }
        PresentedFrame frame = frame();
        whole = frame;
        teams.clear();
        teamSizer = null;
        steps = PresentationSteps.of(shownChart(), frame.layout());
        index = 0;
        editingView = model.view().viewport();
        wasFullScreen = stage.isFullScreen();
        top = root.getTop();
        centre = root.getCenter();
        bottom = root.getBottom();
        canvasArea = (BorderPane) canvas.getParent();
        canvasArea.setCenter(null);
        root.setTop(null);
        root.setBottom(null);
        root.setCenter(new StackPane(canvas, caption, notice));
        active = true;
        canvas.present(frame);
        tellUndrawn(frame);
        root.getScene().addEventFilter(KeyEvent.ANY, keys);
        root.getScene().addEventFilter(InputEvent.ANY, pointer);
        model.listen(EnumSet.of(Aspect.VIEW), resized);
        stage.setFullScreenExitHint(Texts.t("present.presentationMode.arrowKeysStepThrough"));
        // Esc is this class's to handle: the stage's own handling would leave full screen first and
        // then let the key through to the canvas, which would clear the selection.
        exitKey = stage.getFullScreenExitKeyCombination();
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        stage.fullScreenProperty().addListener(fullScreenLeft);
        canvas.requestFocus();
        showStep();
    }

    /** Puts the window back as it was before the presentation. */
    public void exit() {
        if (!active) {
            return;
        }
        active = false;
        stage.fullScreenProperty().removeListener(fullScreenLeft);
        model.removeListener(resized);
        root.getScene().removeEventFilter(KeyEvent.ANY, keys);
        root.getScene().removeEventFilter(InputEvent.ANY, pointer);
        if (stage.isFullScreen() != wasFullScreen) {
            stage.setFullScreen(wasFullScreen);
        }
        stage.setFullScreenExitKeyCombination(exitKey);
        stage.setFullScreenExitHint(null); // the platform's own hint again for other full-screen use
        hideNotice();
        ((StackPane) root.getCenter()).getChildren().clear();
        root.setCenter(centre);
        canvasArea.setCenter(canvas);
        root.setTop(top);
        root.setBottom(bottom);
        canvas.present(null);
        shownFrame = null;
        teams.clear();
        model.view().restore(editingView);
        canvas.requestFocus();
    }

    /** Moves {@code delta} steps on (or back), staying within the first and the last. */
    void step(int delta) {
        int next = Math.max(0, Math.min(steps.size() - 1, index + delta));
        if (next != index) {
            index = next;
            hideNotice();
            showStep();
        }
    }

    /**
     * The toolkit draws an empty box for a character no font on this computer has, and says
     * nothing: the presenter is told which texts will show boxes. The check reads font files the
     * first time a character is looked for, so it runs beside the presentation, which starts at once.
     */
    private void tellUndrawn(PresentedFrame frame) {
        Box b = frame.layout().bounds();
        Viewport all = new Viewport(b.x(), b.y(), 1, Math.max(1, b.width()), Math.max(1, b.height()));
        dev.orgwright.model.Chart chart = model.chart();
        CompletableFuture<Void> told = new CompletableFuture<>();
        undrawnTold = told;
        CompletableFuture.supplyAsync(() -> GlyphCoverage.installed().undrawn(
                s -> frame.painter().paint(s, chart, frame.layout(), all, frame.marks())))
                .whenComplete((undrawn, error) -> Platform.runLater(() -> {
                    if (undrawn != null && active && whole == frame) {
                        showUndrawn(undrawn);
                    }
                    told.complete(null);
                }));
    }

    /** Done when the presentation last started has checked its texts and shown any notice. */
    public CompletableFuture<Void> undrawnTold() {
        return undrawnTold;
    }

    private void showUndrawn(List<UndrawnText> undrawn) {
        if (undrawn.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(Texts.t(undrawn.size() == 1 ? "present.presentationMode.undrawn.one"
                : "present.presentationMode.undrawn.many", undrawn.size()));
        undrawn.stream().limit(NOTICE_LINES).forEach(u -> text.append('\n').append(u.describe()));
        if (undrawn.size() > NOTICE_LINES) {
            text.append('\n').append(Texts.t("present.presentationMode.undrawn.more", undrawn.size() - NOTICE_LINES));
        }
        notice.setText(text.toString());
        notice.setVisible(true);
        noticeTime.playFromStart();
    }

    private void hideNotice() {
        noticeTime.stop();
        notice.setVisible(false);
    }

    private void showStep() {
        if (!active || steps.isEmpty()) {
            return;
        }
        PresentationSteps.Step step = steps.get(index);
        caption.setText((index + 1) + " / " + steps.size() + " · " + step.caption());
        Viewport v = model.view().viewport();
        shownWidth = v.width();
        shownHeight = v.height();
        PresentedFrame frame = step.team() == null ? whole : teams.computeIfAbsent(step.team(), this::teamFrame);
        if (frame != shownFrame) {
            canvas.present(frame);
            shownFrame = frame;
        }
        model.view().showRegion(withCaptionRoom(frame.layout().bounds(), v), MAX_STEP_SCALE);
    }

    /**
     * A team's step shows that team alone, laid out on its own by the auto layout for the
     * screen's shape, so that a big team fills the screen rather than a strip of it and the
     * neighbouring teams do not show at its edges.
     */
    private PresentedFrame teamFrame(PositionId team) {
        ExportOptions shown = options.get();
        CardContent content = shown.content().withTemplate(
                dev.orgwright.model.CardTemplate.of(model.chart().settings()));
        if (teamSizer == null) {
            teamSizer = new dev.orgwright.ui.fx.CachedCardSizer(
                    new CardSizing(new FxTextMeasure(), Theme.of(model.chart()), content));
        }
        Viewport v = model.view().viewport();
        double aspect = v.width() > 0 && v.height() > CAPTION_ROOM ? v.width() / (v.height() - CAPTION_ROOM)
                : LayoutOptions.SCREEN;
        dev.orgwright.model.Chart part = dev.orgwright.model.Subtrees.copy(model.chart(), team);
        // The window's view folds on the team's step too, the team itself included: a team the
        // view folds is presented as its manager's card, as its manager's step shows it.
        Set<PositionId> folded = new java.util.HashSet<>(model.collapsed());
        folded.retainAll(part.subtree(team));
        ChartLayout layout = new TreeLayout(model.layoutOptions().withMode(LayoutOptions.Mode.AUTO).withAspect(aspect))
                .layout(part, teamSizer, folded);
        return new PresentedFrame(whole.painter(), layout, whole.marks());
    }

    /**
     * {@code bounds} with room below it for the caption: fitted to the screen, the part shown ends
     * above the caption's strip.
     */
    static Box withCaptionRoom(Box bounds, Viewport v) {
        if (!(v.height() > CAPTION_ROOM * 2) || !(v.width() > 0)) {
            return bounds;
        }
        double usableW = Math.max(1, v.width() - 2 * dev.orgwright.ui.view.Camera.FIT_MARGIN);
        double usableH = Math.max(1, v.height() - CAPTION_ROOM - 2 * dev.orgwright.ui.view.Camera.FIT_MARGIN);
        double scale = Math.min(MAX_STEP_SCALE, Math.min(usableW / Math.max(1, bounds.width()),
                usableH / Math.max(1, bounds.height())));
        return new Box(bounds.x(), bounds.y(), bounds.width(), bounds.height() + CAPTION_ROOM / scale);
    }

    /** How many cards the step shown now draws: the whole chart's, or its team's alone. */
    public int shownPositions() {
        return shownFrame == null ? whole.layout().size() : shownFrame.layout().size();
    }

    /** The part of the chart the step shown now frames, in the coordinates of its own layout. */
    public Box shownBounds() {
        return shownFrame == null ? whole.layout().bounds() : shownFrame.layout().bounds();
    }

    private void showAgainIfResized() {
        Viewport v = model.view().viewport();
        if (v.width() != shownWidth || v.height() != shownHeight) {
            showStep();
        }
    }

    /** The part of the chart the window shows: the team it shows alone, as a chart of its own, or the whole chart. */
    private dev.orgwright.model.Chart shownChart() {
        return model.shownRoot().filter(model.chart()::contains)
                .map(root -> dev.orgwright.layout.ViewLayout.shown(model.chart(), root, Set.of())).orElse(model.chart());
    }

    /**
     * The cards as the export options show them, without the parts the window's view leaves out,
     * laid out for that content: the part of the chart the window shows.
     */
    private PresentedFrame frame() {
        ExportOptions shown = options.get();
        boolean holders = shown.holders() && !model.hides(ChartWindowModel.HOLDERS);
        boolean badges = shown.badges() && !model.hides(ChartWindowModel.BADGES);
        CardContent content = new CardContent(holders, shown.content().duties(),
                dev.orgwright.model.CardTemplate.of(model.chart().settings()));
        ChartLayout layout = content.equals(CardContent.DEFAULT) ? model.layout()
                : new TreeLayout(model.layoutOptions()).layout(shownChart(),
                        new CardSizing(new FxTextMeasure(), Theme.of(model.chart()), content), model.collapsed());
        Decorations marks = badges
                ? new Decorations(null, Set.of(), null, false, Set.of(), model.validation()) : Decorations.NONE;
        return new PresentedFrame(new ChartPainter(Theme.of(model.chart()), content)
                .withPrivateFields(shown.includePrivate()), layout, marks);
    }

    private void key(KeyEvent e) {
        e.consume(); // nothing edits the chart during a presentation
        if (e.getEventType() != KeyEvent.KEY_PRESSED) {
            return;
        }
        switch (e.getCode()) {
            case RIGHT, SPACE, PAGE_DOWN, DOWN, ENTER -> step(1);
            case LEFT, PAGE_UP, UP, BACK_SPACE -> step(-1);
            case HOME -> step(-steps.size());
            case END -> step(steps.size());
            case ESCAPE, F5 -> exit();
            default -> {
            }
        }
    }

    /** A click steps on (a right click back); nothing else of the pointer reaches the chart. */
    private void pointer(InputEvent e) {
        if (e instanceof KeyEvent) {
            return;
        }
        e.consume();
        if (e instanceof MouseEvent m && m.getEventType() == MouseEvent.MOUSE_CLICKED) {
            step(m.getButton() == MouseButton.SECONDARY ? -1 : 1);
        }
    }
}
