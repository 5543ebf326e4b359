package dev.aegisplanner.app.canvas;

import java.util.List;

/**
 * What the mouse and the keys do on the canvas beyond the menus' shortcuts, for the shortcuts sheet: kept here,
 * beside the pointer and key handling that does it, so the sheet says what the canvas does.
 */
public final class CanvasGestures {

    /** One thing the planner can do, and how. */
    public record Gesture(String what, String how) {
    }

    private static final List<Gesture> ALL = List.of(
            new Gesture("Pan", "Drag empty canvas, or Space+drag"),
            new Gesture("Rubber band", "Shift+drag"),
            new Gesture("Move a frame", "Drag its title, its name tag or inside it once selected"),
            new Gesture("Move freely, without snapping", "Alt while dragging"),
            new Gesture("Keep a drag on one axis", "Shift while dragging"),
            new Gesture("Move into another frame", "Drop on it"),
            new Gesture("Nudge (one undo step per run)", "Arrows, Shift+arrows"),
            new Gesture("Context menu", "Right click, Menu key, Shift+F10"),
            new Gesture("Rename in place", "Double click, F2"));

    private CanvasGestures() {
    }

    public static List<Gesture> all() {
        return ALL;
    }
}
