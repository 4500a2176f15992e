package dev.orgwright.render;

/**
 * What a chart's sheets say about who made them: the heading above the chart and a logo beside
 * it, and whether the canvas shows a legend of the card colours.
 *
 * @param heading the heading, or null for the chart's title
 * @param logo    the logo, or null
 * @param legend  whether the canvas shows the legend (exports have their own switch)
 */
public record Branding(String heading, Logo logo, boolean legend) {

    /** No heading of its own, no logo, a legend on the canvas. */
    public static final Branding NONE = new Branding(null, null, true);
}
