package dev.aegisplanner.app.editor.assign;

import dev.aegisplanner.app.canvas.TopologyCanvasView;
import dev.aegisplanner.model.topology.ElementRef;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Makes the canvas accept egress addresses dragged from the Pools panel. */
public final class CanvasDropTarget {

    private CanvasDropTarget() {
    }

    public static void install(TopologyCanvasView canvas, IpDropViewModel model) {
        canvas.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (IpDrag.carriesAddresses(event.getDragboard())) {
                ElementRef target = canvas.elementAt(event.getX(), event.getY()).orElse(null);
                if (model.hover(target, IpDrag.addresses(event.getDragboard()))) {
                    event.acceptTransferModes(TransferMode.COPY);
                }
                event.consume();
            }
        });
        canvas.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            if (IpDrag.carriesAddresses(event.getDragboard())) {
                ElementRef target = canvas.elementAt(event.getX(), event.getY()).orElse(null);
                event.setDropCompleted(model.drop(target, IpDrag.addresses(event.getDragboard())));
                event.consume();
            }
        });
        canvas.addEventHandler(DragEvent.DRAG_EXITED, event -> model.leave());
    }
}
