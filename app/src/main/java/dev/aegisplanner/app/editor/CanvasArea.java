package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.editor.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The canvas with its overview in the lower right corner, which can be hidden. */
final class CanvasArea extends StackPane {

    private final BooleanProperty overviewShown = new SimpleBooleanProperty(true);

    CanvasArea(Region canvas, Region overview) {
        super(canvas, overview);
        getStyleClass().add(Styles.CANVAS_AREA);
        StackPane.setAlignment(overview, Pos.BOTTOM_RIGHT);
        overview.getStyleClass().add(Styles.OVERVIEW);
        overview.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // Small enough to leave the drawing in view on a laptop screen; it still shows the whole topology.
        overview.setPrefSize(176, 110);
        overview.visibleProperty().bind(overviewShown);
    }

    BooleanProperty overviewShown() {
        return overviewShown;
    }
}
