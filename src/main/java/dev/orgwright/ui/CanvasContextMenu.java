package dev.orgwright.ui;

import dev.orgwright.model.PositionId;
import dev.orgwright.ui.canvas.ChartCanvas;
import dev.orgwright.ui.editor.ChartWindowModel;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;

/**
 * The chart canvas's right-click menus: a right-click on a card selects it and offers the card's
 * commands, one beside the cards offers the view's. The menu key opens the selected card's menu
 * at the card.
 */
final class CanvasContextMenu {

    private CanvasContextMenu() {
    }

    static void attach(ChartCanvas canvas, ChartWindowModel model, ContextMenu onCard, ContextMenu elsewhere) {
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            Optional<PositionId> card = e.isKeyboardTrigger() ? model.selection() : model.view().cardAt(e.getX(), e.getY());
            card.ifPresent(model::select);
            double x = e.getScreenX();
            double y = e.getScreenY();
            if (e.isKeyboardTrigger() && card.isPresent()) {
                Bounds area = canvas.localToScreen(canvas.getBoundsInLocal());
                Optional<Bounds> box = canvas.screenBoundsOf(card.get());
                if (box.isPresent() && area.contains(box.get().getCenterX(), box.get().getMaxY())) {
                    x = box.get().getCenterX();
                    y = box.get().getMaxY();
                }
            }
            onCard.hide();
            elsewhere.hide();
            (card.isPresent() ? onCard : elsewhere).show(canvas, x, y);
            e.consume();
        });
    }
}
