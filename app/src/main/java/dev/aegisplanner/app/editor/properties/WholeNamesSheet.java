package dev.aegisplanner.app.editor.properties;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.controlsfx.control.PropertySheet;

/**
 * A property sheet whose field names are never cut: ControlsFX gives each name a fixed 100 pixels, which an
 * address's share ("198.51.100.41") needs more than, and shrinks it to that whenever the editor wants room.
 */
final class WholeNamesSheet extends PropertySheet {

    @Override
    protected void layoutChildren() {
        for (Node pane : lookupAll(".property-pane")) {
            for (Node child : ((Parent) pane).getChildrenUnmodifiable()) {
                Integer column = GridPane.getColumnIndex(child);
                if (child instanceof Label name && (column == null || column == 0)
                        && name.getMinWidth() != Region.USE_PREF_SIZE) {
                    name.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
        }
        super.layoutChildren();
    }
}
