package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.editor.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The window's working area. On the left, the full height: the side panels, and under them the canvas's
 * overview. On the right: the centre views (canvas, map, backbone) beside the property sheet, and under both
 * the dock of the Trace and Problems panels, as wide as they are together, so the trace's request, hops and
 * checks have room side by side on a laptop screen. Each panel can be hidden and comes back where it was. The
 * first layout gives the panels the pixels their content needs (at 1280 pixels as on a wide screen) and the
 * centre views the rest; resizing the window then only resizes the centre views.
 */
final class WorkspaceLayout {

    /** Wide enough for the five side-panel tabs and a pool's name. */
    static final double SIDE_MIN = 290;
    static final double SIDE_MAX = 340;
    /** Wide enough for a field named by an IPv4 address beside its value. */
    static final double PROPERTIES_MIN = 300;
    static final double PROPERTIES_MAX = 400;
    /** Tall enough for the trace's request, hops and deciding check; the centre views keep the rest. */
    static final double DOCK_MIN = 320;
    static final double DOCK_MAX = 420;

    private final SplitPane columns = new SplitPane();
    private final SplitPane right = new SplitPane();
    private final SplitPane top = new SplitPane();
    private final BooleanProperty sidePanelsShown = new SimpleBooleanProperty(true);
    private final BooleanProperty propertiesShown = new SimpleBooleanProperty(true);
    private final BooleanProperty dockShown = new SimpleBooleanProperty(true);

    WorkspaceLayout(Node sidePanels, Node overview, Region centre, Node dock, Node properties) {
        VBox left = new VBox(sidePanels, overview);
        left.setId("left-column");
        left.getStyleClass().add(Styles.LEFT_COLUMN);
        VBox.setVgrow(sidePanels, Priority.ALWAYS);

        top.getItems().addAll(centre, properties);
        top.getStyleClass().add(Styles.WORKSPACE);
        SplitPane.setResizableWithParent(properties, false);

        right.setOrientation(Orientation.VERTICAL);
        right.getItems().addAll(top, dock);
        right.getStyleClass().add(Styles.WORKSPACE);
        SplitPane.setResizableWithParent(dock, false);

        columns.getItems().addAll(left, right);
        columns.getStyleClass().add(Styles.WORKSPACE);
        SplitPane.setResizableWithParent(left, false);

        showWhile(sidePanelsShown, columns, left, 0);
        showWhile(propertiesShown, top, properties, 1);
        showWhile(dockShown, right, dock, 1);
        placeDividersOnceSized();
    }

    /** Panels of a share of the window, within what their content needs. */
    private void placeDividersOnceSized() {
        PanelSizes.keep(() -> {
            double width = columns.getWidth();
            double height = right.getHeight();
            if (width <= 0 || height <= 0) {
                return;
            }
            double left = clamp(width * 0.2, SIDE_MIN, SIDE_MAX);
            columns.setDividerPositions(left / width);
            double properties = clamp(width * 0.22, PROPERTIES_MIN, PROPERTIES_MAX);
            if (top.getWidth() > properties) {
                top.setDividerPositions(1 - properties / top.getWidth());
            }
            double dock = clamp(height * 0.42, DOCK_MIN, DOCK_MAX);
            right.setDividerPositions(1 - dock / height);
        }, new ObservableValue<?>[] {columns.widthProperty(), top.widthProperty(), right.heightProperty()}, columns, top, right);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
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

    /** The side panels, with the overview under them. */
    BooleanProperty sidePanelsShown() {
        return sidePanelsShown;
    }

    BooleanProperty propertiesShown() {
        return propertiesShown;
    }

    /** The Trace and Problems dock under the centre views and the property sheet. */
    BooleanProperty dockShown() {
        return dockShown;
    }
}
