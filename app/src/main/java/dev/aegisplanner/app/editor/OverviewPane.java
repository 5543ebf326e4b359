package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.editor.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;

/**
 * The canvas's overview, in a pane of its own under the side panels rather than over the drawing, so it
 * never covers what the planner is looking at. It folds away to its title (View > Overview, Ctrl+4).
 */
final class OverviewPane extends TitledPane {

    OverviewPane(Region overview) {
        super("Overview", overview);
        setId("overview-pane");
        getStyleClass().add(Styles.OVERVIEW);
        setAnimated(false);
        overview.setPrefHeight(150);
        overview.setMinHeight(90);
    }

    /** Whether the overview is unfolded. */
    BooleanProperty overviewShown() {
        return expandedProperty();
    }
}
