package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.render.Viewport;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.layout.LayoutMetrics;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Font;

/**
 * A text field laid over an element's label to rename it where it is drawn. Enter or leaving the field
 * commits (one undoable "Rename" step), Escape cancels. The field takes the label's place and size at the
 * current zoom, never smaller than a readable minimum.
 */
final class InPlaceRenamer {

    static final String STYLE_CLASS = "canvas-rename-field";

    private final TextField field = new TextField();
    private final Supplier<CanvasScene> scene;
    private final Supplier<Viewport> viewport;
    private final BiConsumer<ElementRef, String> commit;
    private final Runnable done;
    private ElementRef editing;

    InPlaceRenamer(Supplier<CanvasScene> scene, Supplier<Viewport> viewport, BiConsumer<ElementRef, String> commit,
                   Runnable done) {
        this.scene = scene;
        this.viewport = viewport;
        this.commit = commit;
        this.done = done;
        field.getStyleClass().add(STYLE_CLASS);
        field.setManaged(false);
        field.setVisible(false);
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                finish(true);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                finish(false);
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is && editing != null) {
                finish(true);
            }
        });
    }

    TextField field() {
        return field;
    }

    boolean isEditing() {
        return editing != null;
    }

    void start(ElementRef ref, String currentName) {
        LayoutBox label = labelArea(ref);
        if (label == null) {
            return;
        }
        editing = ref;
        Viewport vp = viewport.get();
        double fontSize = Math.max(12, Math.min(26, fontUnits(ref) * vp.scale()));
        double height = fontSize + 14;
        double width = Math.max(140, label.w() * vp.scale());
        field.setFont(Font.font(fontSize));
        field.setText(currentName);
        field.resizeRelocate(vp.toScreenX(label.x()), vp.toScreenY(label.y()) + (label.h() * vp.scale() - height) / 2, width, height);
        field.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    /** Ends editing without committing, e.g. when the element disappeared under an undo. */
    void cancel() {
        if (editing != null) {
            finish(false);
        }
    }

    private void finish(boolean keep) {
        ElementRef ref = editing;
        editing = null;
        field.setVisible(false);
        if (keep && ref != null) {
            commit.accept(ref, field.getText());
        }
        done.run();
    }

    /** Where an element's name is drawn, in canvas units. */
    private LayoutBox labelArea(ElementRef ref) {
        return scene.get().boxOf(ref).map(b -> switch (ref.kind()) {
            case LOCATION -> new LayoutBox(b.x() + LayoutMetrics.LOCATION_PADDING - 6, b.y() + 8,
                    b.w() - 2 * LayoutMetrics.LOCATION_PADDING + 12, 28);
            case DATA_CENTER -> new LayoutBox(b.x() + LayoutMetrics.DATA_CENTER_PADDING - 6, b.y() + 6,
                    b.w() - 2 * LayoutMetrics.DATA_CENTER_PADDING + 12, 24);
            default -> new LayoutBox(b.x() + 2, b.y() + b.h() / 2 - 12, b.w() - 4, 24);
        }).orElse(null);
    }

    private static double fontUnits(ElementRef ref) {
        return ref.kind() == ElementKind.LOCATION ? 17 : 13;
    }
}
