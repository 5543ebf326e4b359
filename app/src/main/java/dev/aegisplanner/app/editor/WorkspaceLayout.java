package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.editor.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The window's working area: side panels on the left, the canvas (with its overview in the lower right
 * corner) above the Problems panel in the middle, properties on the right. Each panel can be hidden and
 * comes back where it was.
 */
final class WorkspaceLayout {

    private final SplitPane columns = new SplitPane();
    private final SplitPane middle = new SplitPane();
    private final BooleanProperty sidePanelsShown = new SimpleBooleanProperty(true);
    private final BooleanProperty propertiesShown = new SimpleBooleanProperty(true);
    private final BooleanProperty problemsShown = new SimpleBooleanProperty(true);
    private final BooleanProperty overviewShown = new SimpleBooleanProperty(true);

    WorkspaceLayout(Node sidePanels, Region canvas, Region overview, Node problems, Node properties) {
        StackPane canvasArea = new StackPane(canvas, overview);
        canvasArea.getStyleClass().add(Styles.CANVAS_AREA);
        StackPane.setAlignment(overview, Pos.BOTTOM_RIGHT);
        overview.getStyleClass().add(Styles.OVERVIEW);
        overview.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        overview.setPrefSize(220, 150);
        overview.visibleProperty().bind(overviewShown);

        middle.setOrientation(Orientation.VERTICAL);
        middle.getItems().addAll(canvasArea, problems);
        middle.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(problems, false);

        columns.getItems().addAll(sidePanels, middle, properties);
        columns.setDividerPositions(0.25, 0.74);
        columns.getStyleClass().add(Styles.WORKSPACE);
        SplitPane.setResizableWithParent(sidePanels, false);
        SplitPane.setResizableWithParent(properties, false);

        showWhile(sidePanelsShown, columns, sidePanels, 0);
        showWhile(propertiesShown, columns, properties, 2);
        showWhile(problemsShown, middle, problems, 1);
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

    BooleanProperty problemsShown() {
        return problemsShown;
    }

    BooleanProperty overviewShown() {
        return overviewShown;
    }
}
