package dev.orgwright.ui.fx;

import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import javafx.scene.text.Text;

/** Measures text with the screen fonts the canvas draws with. */
public final class FxTextMeasure implements TextMeasure {

    private final Text probe = new Text();

    @Override
    public double width(String text, TextStyle style) {
        probe.setFont(FxFonts.font(style));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
