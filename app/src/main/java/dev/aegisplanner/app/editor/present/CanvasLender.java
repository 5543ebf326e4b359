package dev.aegisplanner.app.editor.present;

import javafx.scene.Node;

/**
 * The editor's canvas, lent to presentation mode while it runs: a node lives in one scene at a time, and a
 * second canvas would index the whole topology again.
 */
public interface CanvasLender {

    /** Takes the canvas out of the editor window and hands it over. */
    Node lend();

    /** Puts the canvas back where it was. */
    void takeBack();
}
