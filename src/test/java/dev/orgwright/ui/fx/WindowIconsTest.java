package dev.orgwright.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.ui.OrgwrightApp;
import dev.orgwright.ui.TestWindows;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window carries the program's icon in every size the build ships. */
@ExtendWith(ApplicationExtension.class)
class WindowIconsTest {

    private Stage stage;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new OrgwrightApp().start(stage);
    }

    @Test
    void theWindowHasTheIconInEachSize() {
        List<Image> icons = stage.getIcons();
        assertEquals(WindowIcons.SIZES, icons.stream().map(i -> (int) i.getWidth()).toList());
        icons.forEach(i -> assertEquals(i.getWidth(), i.getHeight()));
        icons.forEach(i -> assertEquals(false, i.isError()));
    }
}
