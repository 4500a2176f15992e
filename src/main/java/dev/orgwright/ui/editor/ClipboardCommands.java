package dev.orgwright.ui.editor;

import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.ChartReader;
import dev.orgwright.io.ChartWriter;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Subtrees;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Texts;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * Cut, copy and paste of a position with everything below it. The copy goes to the system
 * clipboard as a chart document (in a format of its own and as plain JSON text), so it pastes
 * into another window of the program, or into a text editor.
 */
public final class ClipboardCommands {

    /** A chart document on the clipboard, for this program. */
    static final DataFormat CHART = lookup("application/x-orgwright-chart+json");

    private final ChartWindowModel model;
    private final Dialogs dialogs;

    public ClipboardCommands(ChartWindowModel model, Dialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    /** Puts the selected position and its reports on the clipboard. */
    public boolean copy() {
        return model.selection().map(id -> {
            String json = new String(ChartWriter.toBytes(Subtrees.copy(model.chart(), id)), StandardCharsets.UTF_8);
            Clipboard.getSystemClipboard().setContent(Map.of(CHART, json, DataFormat.PLAIN_TEXT, json));
            int n = model.chart().subtree(id).size();
            model.setNotice(n == 1 ? Texts.t("editor.clipboardCommands.copied", model.chart().position(id).title())
                    : Texts.t(n == 2 ? "editor.clipboardCommands.copiedWith.one" : "editor.clipboardCommands.copiedWith.many", model.chart().position(id).title(), n - 1));
            return true;
        }).orElse(false);
    }

    /** Copies, then removes the selected position with its reports (one undoable edit). */
    public boolean cut() {
        Chart before = model.chart();
        PositionId id = model.selection().orElse(null);
        if (id == null || !copy()) {
            return false;
        }
        return model.chart() == before && model.applyOrExplain(Edits.removeWithSubtree(id));
    }

    /**
     * Pastes what the clipboard holds under the selected position (top-level when nothing is
     * selected) and selects what was pasted. Text that is not a chart is refused with the reason.
     */
    public boolean paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        Object content = clipboard.hasContent(CHART) ? clipboard.getContent(CHART) : clipboard.getString();
        if (!(content instanceof String text) || text.isBlank()) {
            dialogs.showError(Texts.t("editor.clipboardCommands.nothingToPaste"), Texts.t("editor.clipboardCommands.theClipboardHoldsNo"));
            return false;
        }
        Chart copy;
        try {
            copy = ChartReader.read(text.getBytes(StandardCharsets.UTF_8), Texts.t("editor.clipboardCommands.theClipboard"));
        } catch (ChartFormatException e) {
            dialogs.showError(Texts.t("editor.clipboardCommands.nothingToPaste"), Texts.t("editor.clipboardCommands.theClipboardDoesNot", e.getMessage()));
            return false;
        }
        if (copy.size() == 0) {
            return false;
        }
        PositionId manager = model.selection().orElse(null);
        Chart before = model.chart();
        boolean[] pasted = new boolean[1];
        model.gesture(() -> {
            pasted[0] = model.applyOrExplain(Subtrees.paste(copy, manager));
            if (pasted[0]) {
                // The pasted root is the position the paste added last among the manager's reports.
                var siblings = manager == null ? model.chart().roots() : model.chart().childrenOf(manager);
                for (int i = siblings.size() - 1; i >= 0; i--) {
                    if (!before.contains(siblings.get(i))) {
                        model.select(siblings.get(i));
                        model.view().bringIntoView(siblings.get(i));
                        break;
                    }
                }
            }
        });
        return pasted[0];
    }

    private static DataFormat lookup(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }
}
