package dev.orgwright.ui.view;

/**
 * How far a zoom step (a wheel's notch, Ctrl++, a toolbar click) goes. Between
 * the whole chart fitted and the readable zoom a step is as large as it must be for
 * {@link #STEPS_TO_READABLE} steps to cross that range, so a chart of 10,000 positions fitted at
 * 3 % is readable after four notches, not thirteen; from the readable zoom up (and for a chart
 * that fits at a readable size) a step is {@link ChartView#ZOOM_STEP}. The zoom moves along this
 * ladder in proportion to the steps, so fractions of a step (a touchpad) are smooth, and as
 * many steps back return where the zoom started.
 */
final class ZoomLadder {

    /** How many steps take the whole chart fitted to the readable zoom, when it fits smaller. */
    static final double STEPS_TO_READABLE = 4;

    private ZoomLadder() {
    }

    /**
     * The scale {@code steps} steps (negative: out) away from {@code scale}, for a chart that the
     * view fits whole at {@code fitScale}.
     */
    static double scaleAfter(double scale, double steps, double fitScale) {
        double readable = ChartView.READABLE_SCALE;
        double up = Math.log(ChartView.ZOOM_STEP);
        double below = Math.max(up, Math.log(readable / fitScale) / STEPS_TO_READABLE);
        // Where the scale is on the ladder, counted in steps from the readable zoom.
        double rung = Math.log(scale / readable) / (scale >= readable ? up : below);
        double to = rung + steps;
        return readable * Math.exp(to * (to >= 0 ? up : below));
    }
}
