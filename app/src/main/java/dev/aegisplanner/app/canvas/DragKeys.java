package dev.aegisplanner.app.canvas;

import javafx.scene.input.MouseEvent;

/**
 * The modifier keys held while dragging: Shift keeps a move on one axis (and adds to a rubber band), Alt
 * moves freely, without snapping to the grid or to the guides.
 */
record DragKeys(boolean shift, boolean alt) {

    static final DragKeys NONE = new DragKeys(false, false);

    static DragKeys of(MouseEvent e) {
        return new DragKeys(e.isShiftDown(), e.isAltDown());
    }
}
