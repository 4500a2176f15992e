package dev.orgwright.layout;

/** A point in chart units. */
public record Point(double x, double y) {
}
