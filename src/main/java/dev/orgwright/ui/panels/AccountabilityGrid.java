package dev.orgwright.ui.panels;

import dev.orgwright.model.Edit;
import dev.orgwright.model.RaciRole;
import dev.orgwright.ui.fx.CanvasRegion;
import dev.orgwright.ui.fx.Texts;
import dev.orgwright.ui.panels.AccountabilityMatrix.RowState;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The matrix drawn on one canvas the size of the view: only the visible cells are painted, so a
 * thousand positions by a hundred responsibilities cost what the window shows. A click selects a
 * cell, a click on the selected cell turns it to the next role; R, A, C and I set a role, Delete
 * or Backspace empties the cell, the arrow keys move. Each change goes out as one edit.
 */
public final class AccountabilityGrid extends BorderPane {

    static final double CELL_W = 34;
    static final double CELL_H = 24;
    static final double HEADER_H = 130;
    static final double ROW_HEADER_W = 300;
    private static final Color NO_A = Color.web("#fde2e1");
    private static final Color MANY_A = Color.web("#fff1c7");
    private static final Color GRID = Color.web("#d9dde3");

    private final AccountabilityMatrix matrix;
    private final Consumer<Edit> apply;
    private final Surface surface = new Surface();
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private int selectedRow = -1;
    private int selectedColumn = -1;

    public AccountabilityGrid(AccountabilityMatrix matrix, Consumer<Edit> apply) {
        this.matrix = matrix;
        this.apply = apply;
        vertical.setOrientation(Orientation.VERTICAL);
        setCenter(surface);
        setRight(vertical);
        setBottom(horizontal);
        horizontal.valueProperty().addListener((o, a, b) -> repaint());
        vertical.valueProperty().addListener((o, a, b) -> repaint());
        surface.setFocusTraversable(true);
        surface.setId("accountability-grid");
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        surface.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        surface.addEventHandler(ScrollEvent.SCROLL, e -> {
            vertical.setValue(clamp(vertical.getValue() - e.getDeltaY() / CELL_H, vertical.getMin(), vertical.getMax()));
            horizontal.setValue(clamp(horizontal.getValue() - e.getDeltaX() / CELL_W, horizontal.getMin(),
                    horizontal.getMax()));
        });
    }

    /** The matrix changed (an edit, a filter): scroll limits and the picture follow. */
    public void refresh() {
        selectedRow = Math.min(selectedRow, matrix.rowCount() - 1);
        selectedColumn = Math.min(selectedColumn, matrix.columnCount() - 1);
        updateScrollBars();
        repaint();
    }

    /** The matrix drawn, for the window around it and for tests. */
    public AccountabilityMatrix matrix() {
        return matrix;
    }

    /** The canvas's region, which takes the clicks and keys. */
    public javafx.scene.layout.Region cells() {
        return surface;
    }

    public int selectedRow() {
        return selectedRow;
    }

    public int selectedColumn() {
        return selectedColumn;
    }

    /** Selects a cell and scrolls it into view. */
    public void select(int row, int column) {
        selectedRow = clampIndex(row, matrix.rowCount());
        selectedColumn = clampIndex(column, matrix.columnCount());
        int firstRow = (int) vertical.getValue();
        int firstColumn = (int) horizontal.getValue();
        if (selectedRow < firstRow) {
            vertical.setValue(selectedRow);
        } else if (selectedRow >= firstRow + visibleRows()) {
            vertical.setValue(Math.min(vertical.getMax(), selectedRow - visibleRows() + 1));
        }
        if (selectedColumn < firstColumn) {
            horizontal.setValue(selectedColumn);
        } else if (selectedColumn >= firstColumn + visibleColumns()) {
            horizontal.setValue(Math.min(horizontal.getMax(), selectedColumn - visibleColumns() + 1));
        }
        repaint();
    }

    /** The cell under a point of the canvas, as {row, column}, or null off the cells. */
    int[] cellAt(double x, double y) {
        if (x < ROW_HEADER_W || y < HEADER_H) {
            return null;
        }
        int column = (int) horizontal.getValue() + (int) ((x - ROW_HEADER_W) / CELL_W);
        int row = (int) vertical.getValue() + (int) ((y - HEADER_H) / CELL_H);
        return row < matrix.rowCount() && column < matrix.columnCount() ? new int[] {row, column} : null;
    }

    /** Where the centre of a cell is on the canvas, for tests and tooltips. */
    public double[] centreOf(int row, int column) {
        return new double[] {ROW_HEADER_W + (column - (int) horizontal.getValue() + 0.5) * CELL_W,
                HEADER_H + (row - (int) vertical.getValue() + 0.5) * CELL_H};
    }

    CanvasRegion surface() {
        return surface;
    }

    /**
     * Whether the selected cell was chosen by the latest click and nothing happened since: a
     * click on it then is the second half of a double click, not a request for the next role.
     * Kept here rather than read from the click count, which also counts a click made soon
     * after an edit of the same cell.
     */
    private boolean justSelected;

    private void pressed(MouseEvent e) {
        surface.requestFocus();
        int[] cell = cellAt(e.getX(), e.getY());
        if (cell == null) {
            return;
        }
        boolean onSelected = cell[0] == selectedRow && cell[1] == selectedColumn;
        if (onSelected && !justSelected) {
            setSelected(AccountabilityMatrix.next(matrix.cell(selectedRow, selectedColumn)));
        } else if (onSelected) {
            justSelected = false; // the second click of the double click that chose the cell
        } else {
            select(cell[0], cell[1]);
            justSelected = true;
        }
    }

    private void keyPressed(KeyEvent e) {
        justSelected = false;
        KeyCode code = e.getCode();
        if (e.isShortcutDown() || e.isAltDown()) {
            return; // undo and the menus' keys are the window's
        }
        switch (code) {
            case UP -> select(selectedRow - 1, selectedColumn);
            case DOWN -> select(selectedRow + 1, selectedColumn);
            case LEFT -> select(selectedRow, selectedColumn - 1);
            case RIGHT -> select(selectedRow, selectedColumn + 1);
            case DELETE, BACK_SPACE -> setSelected(null);
            case R -> setSelected(RaciRole.RESPONSIBLE);
            case A -> setSelected(RaciRole.ACCOUNTABLE);
            case C -> setSelected(RaciRole.CONSULTED);
            case I -> setSelected(RaciRole.INFORMED);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void setSelected(RaciRole role) {
        Optional<Edit> edit = matrix.set(selectedRow, selectedColumn, role);
        edit.ifPresent(apply);
    }

    private void updateScrollBars() {
        vertical.setMax(Math.max(0, matrix.rowCount() - visibleRows()));
        horizontal.setMax(Math.max(0, matrix.columnCount() - visibleColumns()));
        vertical.setVisibleAmount(Math.max(1, visibleRows()));
        horizontal.setVisibleAmount(Math.max(1, visibleColumns()));
        vertical.setValue(clamp(vertical.getValue(), 0, vertical.getMax()));
        horizontal.setValue(clamp(horizontal.getValue(), 0, horizontal.getMax()));
    }

    private int visibleRows() {
        return Math.max(1, (int) ((surface.canvas().getHeight() - HEADER_H) / CELL_H));
    }

    private int visibleColumns() {
        return Math.max(1, (int) ((surface.canvas().getWidth() - ROW_HEADER_W) / CELL_W));
    }

    private void repaint() {
        GraphicsContext g = surface.canvas().getGraphicsContext2D();
        double w = surface.canvas().getWidth();
        double h = surface.canvas().getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        int firstRow = (int) vertical.getValue();
        int firstColumn = (int) horizontal.getValue();
        int lastRow = Math.min(matrix.rowCount(), firstRow + visibleRows() + 1);
        int lastColumn = Math.min(matrix.columnCount(), firstColumn + visibleColumns() + 1);
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.CENTER);
        for (int r = firstRow; r < lastRow; r++) {
            double y = HEADER_H + (r - firstRow) * CELL_H;
            RowState state = matrix.rowState(r);
            if (state != RowState.FINE) {
                g.setFill(state == RowState.NO_ACCOUNTABLE ? NO_A : MANY_A);
                g.fillRect(0, y, w, CELL_H);
            }
            g.setFill(Color.web("#1f2933"));
            g.setTextAlign(TextAlignment.LEFT);
            g.save();
            g.beginPath();
            g.rect(0, y, ROW_HEADER_W - 4, CELL_H);
            g.clip();
            AccountabilityMatrix.Row row = matrix.row(r);
            g.fillText(row.responsibility().text() + "  (" + row.tier().name() + ")", 6, y + CELL_H / 2);
            g.restore();
            g.setTextAlign(TextAlignment.CENTER);
            for (int c = firstColumn; c < lastColumn; c++) {
                double x = ROW_HEADER_W + (c - firstColumn) * CELL_W;
                RaciRole role = matrix.cell(r, c);
                if (role != null) {
                    g.setFill(role == RaciRole.ACCOUNTABLE ? Color.web("#1d4ed8") : Color.web("#374151"));
                    g.setFont(role == RaciRole.ACCOUNTABLE ? Font.font(Texts.t("panels.accountabilityGrid.system"), javafx.scene.text.FontWeight.BOLD, 13)
                            : Font.font(12));
                    g.fillText(role.letter(), x + CELL_W / 2, y + CELL_H / 2);
                    g.setFont(Font.font(12));
                }
            }
        }
        g.setStroke(GRID);
        g.setLineWidth(1);
        for (int r = firstRow; r <= lastRow; r++) {
            double y = HEADER_H + (r - firstRow) * CELL_H + 0.5;
            g.strokeLine(0, y, w, y);
        }
        g.setFill(Color.web("#1f2933"));
        g.setTextAlign(TextAlignment.LEFT);
        for (int c = firstColumn; c <= lastColumn; c++) {
            double x = ROW_HEADER_W + (c - firstColumn) * CELL_W + 0.5;
            g.strokeLine(x, 0, x, h);
            if (c < lastColumn) {
                g.save();
                g.beginPath();
                g.rect(x, 0, CELL_W, HEADER_H - 2);
                g.clip();
                g.translate(x + CELL_W / 2, HEADER_H - 6);
                g.rotate(-90);
                g.fillText(matrix.column(c).title(), 0, 0);
                g.restore();
            }
        }
        if (selectedRow >= firstRow && selectedRow < lastRow && selectedColumn >= firstColumn
                && selectedColumn < lastColumn && matrix.columnCount() > 0) {
            g.setStroke(Color.web("#2563eb"));
            g.setLineWidth(2);
            g.strokeRect(ROW_HEADER_W + (selectedColumn - firstColumn) * CELL_W + 1,
                    HEADER_H + (selectedRow - firstRow) * CELL_H + 1, CELL_W - 2, CELL_H - 2);
        }
    }

    private static int clampIndex(int i, int size) {
        return Math.max(0, Math.min(size - 1, i));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private final class Surface extends CanvasRegion {
        @Override
        protected void resized(double width, double height) {
            refresh();
        }
    }
}
