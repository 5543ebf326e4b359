package dev.aegisplanner.app.editor;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Places split panes' dividers in pixels, for as long as the planner has not moved one: panels keep the room
 * their content needs whatever the window's size (a share of a laptop screen is too little, of a wide one too
 * much), while the window settles on its size and whenever it is resized later. Once the planner drags a
 * divider, the panes are theirs.
 */
public final class PanelSizes {

    private final Runnable place;
    private boolean arrangedByHand;

    private PanelSizes(Runnable place) {
        this.place = place;
    }

    /**
     * Calls {@code place} now and whenever one of {@code sizes} changes, until a divider of one of {@code panes}
     * is pressed.
     */
    public static PanelSizes keep(Runnable place, ObservableValue<?>[] sizes, SplitPane... panes) {
        PanelSizes keeper = new PanelSizes(place);
        // After the pane's own layout for the new size: a pane keeps the pixel width of the panels that do not
        // resize with it, which would undo dividers placed before it lays out.
        for (ObservableValue<?> size : sizes) {
            size.addListener((obs, old, now) -> Platform.runLater(keeper::placeUnlessArranged));
        }
        for (SplitPane pane : panes) {
            pane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getTarget() instanceof Node node && isDivider(node)) {
                    keeper.arrangedByHand = true;
                }
            });
        }
        keeper.placeUnlessArranged();
        return keeper;
    }

    private void placeUnlessArranged() {
        if (!arrangedByHand) {
            place.run();
        }
    }

    private static boolean isDivider(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
            if (n instanceof SplitPane) {
                return false;
            }
        }
        return false;
    }
}
