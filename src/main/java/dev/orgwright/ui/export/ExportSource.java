package dev.orgwright.ui.export;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.render.Viewport;
import dev.orgwright.rules.Validation;
import java.util.Optional;
import java.util.Set;

/**
 * What a window hands the export dialog, read at the moment of export: the editor's chart as it
 * shows it, or a comparison's proposal with the ghosts of what it removes and the marks of its
 * changes.
 */
public interface ExportSource {

    Chart chart();

    /** The findings, for the badges; null when the window shows none (a comparison). */
    Validation validation();

    LayoutOptions layoutOptions();

    /** Managers whose reports are hidden. */
    Set<PositionId> collapsed();

    /** The selected position, whose team the dialog can export. */
    Optional<PositionId> selection();

    /** What the window shows of {@link #chart()}; empty when it shows something else (a comparison's current side). */
    Optional<Viewport> view();

    /** The marks of a comparison, drawn as the comparison window draws them; null outside one. */
    ChangeMarks changes();

    /** The file name to propose, without its ending. */
    String name();

    /**
     * The parts of the cards the window leaves out now ("holders", "badges", "legend", as a
     * view's {@code hide} names them), so that an export "as the window shows it" starts without
     * them; empty when the window has no such choices and the dialog keeps its own.
     */
    default Optional<Set<String>> hidden() {
        return Optional.empty();
    }
}
