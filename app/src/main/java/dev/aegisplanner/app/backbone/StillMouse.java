package dev.aegisplanner.app.backbone;

import java.util.EnumSet;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;

/**
 * A GraphStream mouse manager that manages nothing: the backbone view handles the mouse itself (zoom, pan,
 * clicks and menus), and its nodes stay where their coordinates put them.
 */
final class StillMouse implements MouseManager {

    @Override
    public void init(GraphicGraph graph, View view) {
    }

    @Override
    public void release() {
    }

    @Override
    public EnumSet<InteractiveElement> getManagedTypes() {
        return EnumSet.noneOf(InteractiveElement.class);
    }
}
