package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.layout.Box;
import dev.orgwright.render.Theme;
import dev.orgwright.render.Viewport;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportScope;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.export.FxPngExporter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's canvas and a PNG export of the current view are the same picture, pixel for pixel. */
@ExtendWith(ApplicationExtension.class)
class ExportMatchesCanvasTest {

    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage);
    }

    @Test
    void theCanvasAndThePngOfTheCurrentViewMatchPixelForPixel() throws Exception {
        for (double zoom : new double[] {1, 2}) {
            Object[] state = WaitForAsyncUtils.asyncFx(() -> {
                ChartWindowModel model = window.model();
                // Neither the canvas nor the export has a legend: the cards are compared.
                model.apply(dev.orgwright.model.ThemeSettings.edit("Hide the legend", "legend", false));
                model.view().fit();
                model.view().zoomBy(zoom / model.view().viewport().scale());
                Viewport v = model.view().viewport();
                ExportRequest request = new ExportRequest(model.chart(), model.validation(),
                        ExportOptions.DEFAULT.withLegend(false).withBackground(ExportOptions.Background.SCREEN)
                                .withScope(new ExportScope.View(new Box(v.originX(), v.originY(), v.chartWidth(),
                                        v.chartHeight()))),
                        model.layoutOptions(), java.util.Set.of(), Theme.LIGHT, v.scale(), dev.orgwright.render.export.PageSetup.A4_FIT);
                var canvas = window.canvas().canvas();
                int w = (int) canvas.getWidth();
                int h = (int) canvas.getHeight();
                WritableImage shot = canvas.snapshot(null, null);
                int[] pixels = new int[w * h];
                shot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
                return new Object[] {request, pixels, w, h};
            }).get();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new FxPngExporter().write((ExportRequest) state[0], out);
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
            int w = (int) state[2];
            int h = (int) state[3];

            assertEquals(w, png.getWidth(), "width at zoom " + zoom);
            assertEquals(h, png.getHeight(), "height at zoom " + zoom);
            int[] canvas = (int[]) state[1];
            int[] image = png.getRGB(0, 0, w, h, null, 0, w);
            int differing = 0;
            for (int i = 0; i < canvas.length; i++) {
                differing += canvas[i] == image[i] ? 0 : 1;
            }
            assertEquals(0, differing, "pixels that differ at zoom " + zoom);
        }
    }
}
