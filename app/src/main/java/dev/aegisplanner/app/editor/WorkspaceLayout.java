package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.editor.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The window's working area: side panels on the left, the centre views (canvas, map, backbone) above the
 * dock of the Trace and Problems panels in the middle, properties on the right. Each panel can be hidden and
 * comes back where it was.
 */
final class WorkspaceLayout {

    private final SplitPane columns = new SplitPane();
    private final SplitPane middle = new SplitPane();
    private final BooleanProperty sidePanelsShown = new SimpleBooleanProperty(true);
    private final BooleanProperty propertiesShown = new SimpleBooleanProperty(true);
    private final BooleanProperty dockShown = new SimpleBooleanProperty(true);

    WorkspaceLayout(Node sidePanels, Region centre, Node dock, Node properties) {
        middle.setOrientation(Orientation.VERTICAL);
        middle.getItems().addAll(centre, dock);
        middle.setDividerPositions(0.54);
        SplitPane.setResizableWithParent(dock, false);

        columns.getItems().addAll(sidePanels, middle, properties);
        columns.setDividerPositions(0.18, 0.8);
        columns.getStyleClass().add(Styles.WORKSPACE);
        SplitPane.setResizableWithParent(sidePanels, false);
        SplitPane.setResizableWithParent(properties, false);

        showWhile(sidePanelsShown, columns, sidePanels, 0);
        showWhile(propertiesShown, columns, properties, 2);
        showWhile(dockShown, middle, dock, 1);
    }

    private static void showWhile(BooleanProperty shown, SplitPane pane, Node panel, int place) {
        shown.addListener((obs, was, now) -> {
            double[] dividers = pane.getDividerPositions();
            if (now && !pane.getItems().contains(panel)) {
                pane.getItems().add(Math.min(place, pane.getItems().size()), panel);
            } else if (!now) {
                pane.getItems().remove(panel);
            }
            if (now && dividers.length > 0) {
                pane.setDividerPositions(dividers);
            }
        });
    }

    Region root() {
        return columns;
    }

    BooleanProperty sidePanelsShown() {
        return sidePanelsShown;
    }

    BooleanProperty propertiesShown() {
        return propertiesShown;
    }

    /** The Trace and Problems dock under the centre views. */
    BooleanProperty dockShown() {
        return dockShown;
    }
}
