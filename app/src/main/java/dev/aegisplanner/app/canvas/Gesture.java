package dev.aegisplanner.app.canvas;

/** One press-drag-release of the mouse on the canvas; positions are in the view's pixels. */
interface Gesture {

    void drag(double x, double y, DragKeys keys);

    void release(double x, double y, DragKeys keys);

    /** Escape pressed mid-gesture. Edits already made stay (undo removes them); transient state goes. */
    default void cancel() {
    }
}
