package dev.orgwright.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The floor of start-up: a JavaFX program that does nothing but show one window with a canvas,
 * draw a few boxes on it and exit once that frame is on the screen, measured as Orgwright
 * measures itself ({@code first frame after N ms}, counted from the JVM's start, reported on the
 * second pulse after the canvas was painted). What Orgwright takes beyond this is its own.
 *
 * <p>With {@code --controls} the window also shows a label, which brings up the controls and
 * their default style sheet (Modena), as every window with menus and panels must.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * packaging/measure-startup.sh 5 \
 *   "java -cp target/test-classes:$(cat cp.txt) dev.orgwright.bench.BareFxFirstFrame" \
 *   "java -cp target/test-classes:$(cat cp.txt) dev.orgwright.bench.BareFxFirstFrame --controls"
 * </pre>
 *
 * The class that starts the toolkit is not the {@code Application} subclass, as with the
 * program's own launcher: on the class path JavaFX refuses to start such a main class.
 */
public final class BareFxFirstFrame {

    private BareFxFirstFrame() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window: a canvas, and with {@code --controls} a label above it. */
    public static final class Window extends Application {
        private int pulsesSincePaint;
        private boolean painted;
        private boolean reported;

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
            Canvas canvas = new Canvas(1200, 800);
            Parent root;
            if (args.contains("--controls")) {
                BorderPane pane = new BorderPane(canvas);
                pane.setTop(new Label("Orgwright"));
                root = pane;
            } else {
                root = new Group(canvas);
            }
            Scene scene = new Scene(root, 1200, 820);
            stage.setScene(scene);
            stage.setTitle("first frame");
            stage.show();
            paint(canvas.getGraphicsContext2D());
            painted = true;
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (reported || !painted) {
                    return;
                }
                if (++pulsesSincePaint >= 2) {
                    reported = true;
                    long now = System.currentTimeMillis();
                    long millis = now - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first frame after " + millis + " ms");
                    System.out.flush();
                    if (args.contains("--exit-after-first-frame")) {
                        System.exit(0);
                    }
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        }

        private static void paint(GraphicsContext g) {
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, 1200, 800);
            for (int i = 0; i < 20; i++) {
                double x = 40 + (i % 5) * 220;
                double y = 40 + (i / 5) * 180;
                g.setFill(Color.rgb(230, 238, 248));
                g.fillRoundRect(x, y, 180, 90, 8, 8);
                g.setStroke(Color.rgb(60, 80, 110));
                g.strokeRoundRect(x, y, 180, 90, 8, 8);
                g.setFill(Color.BLACK);
                g.fillText("Position " + (i + 1), x + 12, y + 30);
            }
        }
    }
}
