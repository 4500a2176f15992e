package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Photos;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Import… with "Photos folder…": the preview says what matched, Import puts the photos on the cards. */
@ExtendWith(ApplicationExtension.class)
class ImportPhotosDialogTest {

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, dialogs);
    }

    @AfterEach
    void closeDialogs() throws Exception {
        TestWindows.closeOtherWindows();
    }

    private static void image(Path file, String format) throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(20, 15, 0xFF3366);
        assertTrue(ImageIO.write(image, format, file.toFile()));
    }

    private static String photos(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#import-photos").queryAs(Label.class).getText()).get();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theChosenFolderIsShownWithHowManyPhotosMatchAndImportEmbedsThem(FxRobot robot) throws Exception {
        dialogs.csvToImport = Files.writeString(folder.resolve("team.csv"),
                "id,manager,name,title\n1,,Ana Costa,CEO\n2,1,Ola Nowak,CFO\n3,1,Bo Ek,CTO\n", StandardCharsets.UTF_8);
        Path pictures = Files.createDirectory(folder.resolve("pictures"));
        image(pictures.resolve("1.png"), "png"); // by id
        image(pictures.resolve("ola_nowak.jpg"), "jpg"); // by the holder's name, spelled otherwise
        image(pictures.resolve("nobody.png"), "png");
        dialogs.photosFolder = pictures;

        robot.clickOn("File").clickOn("Import…");
        waitUntil(() -> robot.lookup("#import-figures").queryAs(Label.class).getText().contains("3 positions"));
        assertTrue(photos(robot).startsWith("No folder of photos chosen."), photos(robot));

        robot.clickOn("#import-photos-choose");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("import a CSV file", "choose a photos folder"), dialogs.questions);
        assertEquals(pictures + ": photos for 2 positions, found by id or holder's name; pictures that name no"
                + " position: 1.", photos(robot));

        robot.clickOn("#import-open");
        waitUntil(() -> window.model().chart().title().equals("team"));

        Chart chart = window.model().chart();
        assertEquals("1", chart.position(PositionId.of("1")).photo());
        assertEquals("2", chart.position(PositionId.of("2")).photo());
        assertEquals("", chart.position(PositionId.of("3")).photo());
        assertTrue(Photos.of(chart.settings()).get("2").startsWith("data:image/jpeg;base64,"),
                "the photo is embedded in the chart");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }
}
