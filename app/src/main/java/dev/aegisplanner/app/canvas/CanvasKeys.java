package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.model.topology.ElementRef;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The canvas's keyboard: Delete, Ctrl/Cmd+C/X/V/D/A, F2 to rename, + / - / 0 to zoom (Shift+1 fits),
 * arrows to nudge the selection (Shift: ten units; a run of nudges of one selection is one undo step, until
 * another kind of edit comes between),
 * Space+drag to pan, the Menu key or Shift+F10 for the context menu, Escape to back out of a gesture, then a
 * tool, then the selection. Handled keys are
 * consumed, so a menu accelerator for the same key does not run the action a second time.
 */
final class CanvasKeys {

    private static final double NUDGE = 1;
    private static final double BIG_NUDGE = 10;

    private final TopologyCanvasView view;
    private final CanvasPointer pointer;
    private final CanvasCamera camera;
    private final ObjectProperty<CanvasTool> tool;
    private final SelectionModel selection;

    /** Nudges of the same selection share this key, so the command stack merges them into one step. */
    private record NudgeKey(Set<ElementRef> moved) {
    }

    CanvasKeys(TopologyCanvasView view, CanvasPointer pointer, CanvasCamera camera, ObjectProperty<CanvasTool> tool,
               SelectionModel selection) {
        this.view = view;
        this.pointer = pointer;
        this.camera = camera;
        this.tool = tool;
        this.selection = selection;
    }

    void pressed(KeyEvent e) {
        if (e.getTarget() != view) {
            return;
        }
        if (handle(e)) {
            e.consume();
        }
    }

    void released(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            pointer.setSpaceHeld(false);
            e.consume();
        }
    }

    private boolean handle(KeyEvent e) {
        if (e.isShortcutDown() && e.isShiftDown() && e.getCode().isLetterKey()) {
            // Shortcut+Shift+letter belongs to the menus (Shortcut+Shift+C copies the picture, not the selection).
            return false;
        }
        if (e.isShortcutDown()) {
            switch (e.getCode()) {
                case C -> view.copySelection();
                case X -> view.cutSelection();
                case V -> view.paste();
                case D -> view.duplicateSelection();
                case A -> view.selectAll();
                case EQUALS, PLUS, ADD -> view.zoomIn();
                case MINUS, SUBTRACT -> view.zoomOut();
                case DIGIT0, NUMPAD0 -> view.zoomToActualSize();
                default -> {
                    return false;
                }
            }
            return true;
        }
        switch (e.getCode()) {
            case CONTEXT_MENU -> contextMenu();
            case F10 -> {
                if (!e.isShiftDown()) {
                    return false;
                }
                contextMenu();
            }
            case DELETE, BACK_SPACE -> view.deleteSelection();
            case F2 -> view.renameSelection();
            case PLUS, ADD, EQUALS -> view.zoomIn();
            case MINUS, SUBTRACT -> view.zoomOut();
            case DIGIT0, NUMPAD0 -> view.zoomToActualSize();
            case DIGIT1 -> {
                if (!e.isShiftDown()) {
                    return false;
                }
                view.fitToWindow();
            }
            case SPACE -> pointer.setSpaceHeld(true);
            case ESCAPE -> escape();
            case LEFT, RIGHT, UP, DOWN -> nudge(e);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void contextMenu() {
        view.showContextMenuFor(selection.selected().size() == 1 ? selection.selected().iterator().next() : null);
    }

    private void escape() {
        if (pointer.cancel()) {
            return;
        }
        if (tool.get() != CanvasTool.SELECT) {
            tool.set(CanvasTool.SELECT);
        } else {
            selection.clear();
        }
    }

    private void nudge(KeyEvent e) {
        if (selection.selected().isEmpty()) {
            double step = 60;
            switch (e.getCode()) {
                case LEFT -> camera.panByPixels(step, 0);
                case RIGHT -> camera.panByPixels(-step, 0);
                case UP -> camera.panByPixels(0, step);
                default -> camera.panByPixels(0, -step);
            }
            return;
        }
        double d = e.isShiftDown() ? BIG_NUDGE : NUDGE;
        double dx = e.getCode() == KeyCode.LEFT ? -d : e.getCode() == KeyCode.RIGHT ? d : 0;
        double dy = e.getCode() == KeyCode.UP ? -d : e.getCode() == KeyCode.DOWN ? d : 0;
        view.nudgeSelection(dx, dy, new NudgeKey(selection.snapshot()));
    }
}
