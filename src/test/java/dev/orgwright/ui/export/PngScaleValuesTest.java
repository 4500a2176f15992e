package dev.orgwright.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Messages;
import dev.orgwright.ui.TestWindows;
import java.util.Locale;
import javafx.scene.control.Spinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog's PNG scale: arrows through the usual scales, any scale from 0.1 to 4 typed. */
class PngScaleValuesTest {

    @BeforeAll
    static void toolkit() throws Exception {
        TestWindows.startToolkit();
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void theArrowsStepThroughTheUsualScalesAndStopAtTheEnds() {
        PngScaleValues values = new PngScaleValues(1);
        values.decrement(1);
        assertEquals(0.75, values.getValue());
        values.decrement(5);
        assertEquals(0.1, values.getValue());
        values.increment(1);
        assertEquals(0.25, values.getValue());
        values.setValue(0.85);
        values.increment(1);
        assertEquals(1.0, values.getValue(), "from a typed scale to the next usual one");
        values.increment(9);
        assertEquals(4.0, values.getValue());
    }

    @Test
    void aScaleSetIsKeptToHundredthsAndToTheRange() {
        PngScaleValues values = new PngScaleValues(2);
        values.setValue(0.8571);
        assertEquals(0.86, values.getValue());
        values.setValue(0.01);
        assertEquals(0.1, values.getValue());
        values.setValue(12.0);
        assertEquals(4.0, values.getValue());
    }

    @Test
    void aScaleIsReadAsTheLanguageWritesItOrWithAPointAndNonsenseChangesNothing() {
        PngScaleValues values = new PngScaleValues(2);
        assertEquals(0.85, values.getConverter().fromString("0.85"));
        assertEquals("0.85", values.getConverter().toString(0.85));
        assertEquals(2.0, values.getConverter().fromString("half"), "the scale shown stays");
        assertEquals(2.0, values.getConverter().fromString(""));
        assertEquals(4.0, values.getConverter().fromString("9"));
        Messages.setLocale(Locale.GERMAN);
        assertEquals(0.85, values.getConverter().fromString("0,85"));
        assertEquals(1.5, values.getConverter().fromString("1.5"), "a point is a decimal point, as on the command line");
        assertEquals("0,85", values.getConverter().toString(0.85));
    }

    @Test
    void aScaleTypedIntoTheSpinnerIsItsValue() throws Exception {
        double typed = WaitForAsyncUtils.asyncFx(() -> {
            Spinner<Double> spinner = new Spinner<>(new PngScaleValues(2));
            spinner.setEditable(true);
            spinner.getEditor().setText("0.5");
            spinner.commitValue();
            return spinner.getValue();
        }).get();
        assertEquals(0.5, typed);
    }
}
