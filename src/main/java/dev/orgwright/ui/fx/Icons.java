package dev.orgwright.ui.fx;

import javafx.scene.layout.Region;

/**
 * The toolbar's icons: simple line drawings as SVG paths on a 24-unit grid, filled by CSS
 * ({@code .icon}), so they stay crisp at any screen scale and follow the theme.
 */
public final class Icons {

    public static final String NEW = "M6 2h8l5 5v15H6z M8 4v16h9V9h-5V4z";
    public static final String OPEN = "M2 5h7l2 2h9v3H6l-3 9H2z M6 11h17l-3 9H3z";
    public static final String SAVE = "M4 3h13l4 4v14H4z M7 5v4h9V5z M7 13v6h10v-6z";
    public static final String UNDO = "M9 5L3 10l6 5v-3.5c5 0 8 1.5 10 6 0-6-3.5-10-10-10z";
    public static final String REDO = "M15 5l6 5-6 5v-3.5c-5 0-8 1.5-10 6 0-6 3.5-10 10-10z";
    public static final String ADD_REPORT = "M8 2h8v6H8z M11 8h2v4h-2z M8 14h8v6H8z M18 15h2v2h2v2h-2v2h-2v-2h-2v-2h2z";
    public static final String ADD_SIBLING = "M2 8h8v6H2z M14 8h8v6h-8z M6 4h12v2H6z M17 16h2v2h2v2h-2v2h-2v-2h-2v-2h2z";
    public static final String DELETE = "M5 6h14v2H5z M9 3h6v2H9z M7 9h10l-1 12H8z";
    public static final String ZOOM_IN = "M10 3a7 7 0 1 1 0 14a7 7 0 1 1 0-14z M10 5a5 5 0 1 0 0 10a5 5 0 1 0 0-10z"
            + " M15 16l2-2 5 5-2 2z M9 7h2v2h2v2h-2v2H9v-2H7V9h2z";
    public static final String ZOOM_OUT = "M10 3a7 7 0 1 1 0 14a7 7 0 1 1 0-14z M10 5a5 5 0 1 0 0 10a5 5 0 1 0 0-10z"
            + " M15 16l2-2 5 5-2 2z M7 9h6v2H7z";
    public static final String FIT = "M3 3h6v2H5v4H3z M15 3h6v6h-2V5h-4z M3 15h2v4h4v2H3z M19 15h2v6h-6v-2h4z M8 8h8v8H8z";
    public static final String FIND = "M10 3a7 7 0 1 1 0 14a7 7 0 1 1 0-14z M10 5a5 5 0 1 0 0 10a5 5 0 1 0 0-10z"
            + " M15 16l2-2 5 5-2 2z";
    static final String TIERS = "M3 4h18v4H3z M5 10h14v4H5z M7 16h10v4H7z";

    private Icons() {
    }

    /** An icon node of {@code size} pixels drawing {@code path}. */
    public static Region icon(String path, double size) {
        Region r = new Region();
        r.getStyleClass().add("icon");
        r.setStyle("-fx-shape: \"" + path + "\";");
        r.setMinSize(size, size);
        r.setPrefSize(size, size);
        r.setMaxSize(size, size);
        return r;
    }
}
