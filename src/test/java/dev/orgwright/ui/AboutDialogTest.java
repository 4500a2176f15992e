package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The About window as the user sees it: header with the version, the library table. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    private Stage stage;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void showsTheVersionAndEveryLibraryWithItsLicence(FxRobot robot) throws Exception {
        AboutContent content = AboutContent.of("Orgwright", "1.2.3");
        AboutDialog dialog = WaitForAsyncUtils.asyncFx(() -> {
            AboutDialog d = new AboutDialog(stage, content);
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertTrue(dialog.getHeaderText().startsWith("Orgwright 1.2.3"), dialog.getHeaderText());
            TableView<?> table = robot.lookup("#about-libraries").queryAs(TableView.class);
            assertEquals(content.libraries(), List.copyOf(table.getItems()));
            assertEquals(List.of("Library", "Version", "Licence"),
                    table.getColumns().stream().map(c -> c.getText()).toList());
            String licenceOfFirst = (String) table.getColumns().get(2).getCellData(0);
            assertEquals(content.libraries().get(0).licence(), licenceOfFirst);
        } finally {
            WaitForAsyncUtils.asyncFx(dialog::close).get();
        }
    }
}
