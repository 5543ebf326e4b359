package dev.aegisplanner.app.editor.present;

import dev.aegisplanner.app.canvas.TopologyCanvasView;

/**
 * The editor's canvas, lent to presentation mode while it runs: a node lives in one scene at a time, and a
 * second canvas would index the whole topology again.
 */
public interface CanvasLender {

    /** Takes the canvas out of the editor window and hands it over. */
    TopologyCanvasView lend();

    /** Puts the canvas back where it was. */
    void takeBack();
}
