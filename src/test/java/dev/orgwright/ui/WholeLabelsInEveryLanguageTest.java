package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window and its dialogs in French and Spanish show every label and button whole: their
 * texts run longer than the English ones, and a layout sized for English cuts them off.
 * (German has its own window test, which runs the same check.)
 */
@ExtendWith(ApplicationExtension.class)
class WholeLabelsInEveryLanguageTest {

    @BeforeAll
    static void toolkit() throws Exception {
        TestWindows.startToolkit();
        WholeLabels.fixTextConstants();
    }

    @AfterEach
    void backToEnglish() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        TestWindows.closeOtherWindows();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void theWindowAndItsDialogsShowEveryLabelWhole(String language, FxRobot robot) throws Exception {
        Messages.setLocale(Locale.forLanguageTag(language));
        MainWindow window = TestWindows.openAnotherOnSample(new dev.orgwright.ui.fx.RecordingDialogs());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = WholeLabels.cutInWindowAndDialogs(robot, window);
        assertEquals(List.of(), cut, "labels and buttons whose text in " + language + " is cut off with an ellipsis");
    }
}
