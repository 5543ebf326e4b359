package dev.aegisplanner.app.editor.properties;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.controlsfx.control.PropertySheet;

/**
 * A property sheet whose field names are never cut: ControlsFX gives each name a fixed 100 pixels, which an
 * address's share ("198.51.100.41") needs more than, and shrinks it to that whenever the editor wants room. Its
 * rows are never cut either: when a value wraps onto more lines, the sheet asks for the room again (its scroll
 * pane does not pass a row's new height on).
 */
final class WholeNamesSheet extends PropertySheet {

    private double rowsHeight = -1;

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
        if (lookup(".scroll-pane") instanceof ScrollPane scroller && scroller.getContent() != null) {
            double needed = scroller.getContent().prefHeight(scroller.getViewportBounds().getWidth());
            if (Math.abs(needed - rowsHeight) > 0.5) {
                rowsHeight = needed;
                // Asked for during this layout pass the request would be lost: it ends by marking the sheet laid out.
                Platform.runLater(this::requestLayout);
            }
        }
    }
}
