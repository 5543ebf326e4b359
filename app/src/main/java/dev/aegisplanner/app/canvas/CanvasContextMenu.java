package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.TopologyIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The right-click menu of the canvas: for an element (it is selected first) its frequent actions (rename,
 * duplicate, delete, mark down or up, add what goes inside it) and whatever the window adds (send a request
 * from here, what if it were down, properties); for empty canvas, add a location there, paste, fit to window.
 * Every item runs an action that is one step on the undo stack, or none at all.
 */
public final class CanvasContextMenu {

    /** Items the window adds for an element: actions the canvas itself does not know (tracing, analyses, panels). */
    public interface Extras {
        List<MenuItem> itemsFor(ElementRef element);
    }

    private final TopologyCanvasView view;
    private final TopologyDocument document;
    private final SelectionModel selection;
    private final CanvasActions actions;
    private final ContextMenu menu = new ContextMenu();
    private Extras extras = element -> List.of();

    CanvasContextMenu(TopologyCanvasView view, TopologyDocument document, SelectionModel selection,
                      CanvasActions actions) {
        this.view = view;
        this.document = document;
        this.selection = selection;
        this.actions = actions;
        menu.setId("canvas-context-menu");
    }

    void setExtras(Extras value) {
        extras = value == null ? element -> List.of() : value;
    }

    ContextMenu menu() {
        return menu;
    }

    void show(ElementRef element, double canvasX, double canvasY, double screenX, double screenY) {
        menu.hide();
        menu.getItems().setAll(element == null ? forEmptyCanvas(canvasX, canvasY) : forElement(element, canvasX, canvasY));
        if (!menu.getItems().isEmpty()) {
            menu.show(view, screenX, screenY);
        }
    }

    private List<MenuItem> forEmptyCanvas(double x, double y) {
        MenuItem add = item("Add Location Here", "context-add-location", () -> actions.add(CanvasTool.ADD_LOCATION, x, y));
        MenuItem paste = item("Paste", "context-paste", actions::paste);
        paste.setDisable(!actions.canPaste());
        MenuItem fit = item("Fit to Window", "context-fit", view::fitToWindow);
        MenuItem all = item("Select All", "context-select-all", actions::selectAll);
        return List.of(add, paste, new SeparatorMenuItem(), fit, all);
    }

    private List<MenuItem> forElement(ElementRef element, double x, double y) {
        List<MenuItem> items = new ArrayList<>();
        if (element.kind() != ElementKind.ORIGIN) {
            items.add(item("Rename\u2026", "context-rename", view::renameSelection));
            childTool(element).ifPresent(tool -> items.add(item(tool == CanvasTool.ADD_DATA_CENTER
                    ? "Add Data Center" : "Add Server", "context-add-child", () -> addChild(tool, element, x, y))));
            items.add(item("Duplicate", "context-duplicate", actions::duplicate));
            statusToggle(element).ifPresent(items::add);
            items.add(new SeparatorMenuItem());
        }
        List<MenuItem> added = extras.itemsFor(element);
        if (!added.isEmpty()) {
            items.addAll(added);
            items.add(new SeparatorMenuItem());
        }
        if (element.kind() != ElementKind.ORIGIN) {
            items.add(item("Delete", "context-delete", actions::delete));
        } else if (!items.isEmpty()) {
            items.remove(items.size() - 1);
        }
        return items;
    }

    /** Adds inside the element: where the menu was opened when that is inside it and free, else its first free slot. */
    private void addChild(CanvasTool tool, ElementRef frame, double x, double y) {
        if (!actions.addInto(tool, frame, x, y)) {
            return;
        }
        view.requestFocus();
    }

    private Optional<MenuItem> statusToggle(ElementRef element) {
        TopologyIndex lookup = document.topology().index();
        Optional<Status> status = switch (element.kind()) {
            case LOCATION -> lookup.location(element.id()).map(l -> l.status());
            case DATA_CENTER -> lookup.dataCenter(element.id()).map(d -> d.dataCenter().status());
            case SERVER -> lookup.server(element.id()).map(s -> s.server().status());
            default -> Optional.empty();
        };
        return status.map(s -> {
            Status next = s.isUp() ? Status.DOWN : Status.UP;
            return item(s.isUp() ? "Mark Down" : "Mark Up", "context-status",
                    () -> actions.setStatus(selection.snapshot(), next));
        });
    }

    private static Optional<CanvasTool> childTool(ElementRef element) {
        return switch (element.kind()) {
            case LOCATION -> Optional.of(CanvasTool.ADD_DATA_CENTER);
            case DATA_CENTER -> Optional.of(CanvasTool.ADD_SERVER);
            default -> Optional.empty();
        };
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
