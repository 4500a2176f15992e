package dev.orgwright.ui.export;

import dev.orgwright.model.Messages;
import dev.orgwright.render.export.ExportRequest;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * The values of the export dialog's PNG scale: the arrows step through the scales people pick
 * (a tenth, a quarter, a half, full size, twice…), and any scale from 0.1 to 4 may be typed, such
 * as the 0.85 a refusal names as the largest that fits. A typed value is kept to hundredths and
 * to the range; one that is not a number leaves the scale as it was.
 */
final class PngScaleValues extends SpinnerValueFactory<Double> {

    /** Where the arrows stop. */
    static final double[] STEPS = {0.1, 0.25, 0.5, 0.75, 1, 2, 3, 4};

    PngScaleValues(double initial) {
        setConverter(new Figures());
        valueProperty().addListener((o, before, now) -> {
            double kept = kept(now == null ? before == null ? initial : before : now);
            if (now == null || kept != now) {
                setValue(kept);
            }
        });
        setValue(kept(initial));
    }

    /** {@code v} to hundredths, within the scales allowed. */
    static double kept(double v) {
        double inRange = Math.max(ExportRequest.MIN_SCALE, Math.min(ExportRequest.MAX_SCALE, v));
        return Math.round(inRange * 100) / 100.0;
    }

    @Override
    public void increment(int steps) {
        for (int i = 0; i < steps; i++) {
            setValue(next(getValue()));
        }
    }

    @Override
    public void decrement(int steps) {
        for (int i = 0; i < steps; i++) {
            setValue(previous(getValue()));
        }
    }

    /** The first step above {@code v}; the largest scale from there. */
    static double next(double v) {
        for (double step : STEPS) {
            if (step > v + 1e-9) {
                return step;
            }
        }
        return ExportRequest.MAX_SCALE;
    }

    /** The last step below {@code v}; the smallest scale from there. */
    static double previous(double v) {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < v - 1e-9) {
                return STEPS[i];
            }
        }
        return ExportRequest.MIN_SCALE;
    }

    /** A scale written and read as the language writes numbers: "0.85", in German "0,85". */
    private final class Figures extends StringConverter<Double> {
        @Override
        public String toString(Double v) {
            return v == null ? "" : format().format(v);
        }

        @Override
        public Double fromString(String text) {
            String typed = text == null ? "" : text.strip();
            Number n;
            if (typed.matches("\\d*\\.\\d+|\\d+")) {
                n = Double.valueOf(typed); // a point is a decimal point in every language, as on the command line
            } else {
                ParsePosition at = new ParsePosition(0);
                n = format().parse(typed, at);
                n = at.getIndex() == typed.length() ? n : null;
            }
            return n == null || typed.isEmpty() ? getValue() : kept(n.doubleValue());
        }

        private DecimalFormat format() {
            DecimalFormat f = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Messages.locale()));
            f.setGroupingUsed(false);
            return f;
        }
    }
}
