package dev.orgwright.ui.canvas;

import dev.orgwright.layout.ChartLayout;
import dev.orgwright.render.ChartPainter;
import dev.orgwright.render.Decorations;

/**
 * What the canvas paints instead of the editor's chart while the chart is presented: the cards'
 * content (as the exports show it), their layout for that content and the marks shown. It lives
 * with the canvas so that presenting uses the canvas, not the other way round.
 *
 * @param painter draws the cards with the presented content
 * @param layout  the chart laid out for that content
 * @param marks   the findings badges, or none
 */
public record PresentedFrame(ChartPainter painter, ChartLayout layout, Decorations marks) {
}
