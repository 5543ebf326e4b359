package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.render.ResizeHandle;
import dev.aegisplanner.app.render.Viewport;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.layout.LayoutMetrics;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Turns mouse input into gestures. With the select tool:
 * <ul>
 *   <li>press on a server, or on a frame's title bar, name tag or edge, selects it (Shift toggles) and
 *       dragging moves the selection;</li>
 *   <li>press anywhere inside a selected frame drags the selection (a click there selects what was clicked);</li>
 *   <li>press on the free inside of a frame that is not selected selects it on click, and dragging draws a
 *       rubber band, so the servers of a data center can be band-selected;</li>
 *   <li>press on empty canvas clears the selection on click, and dragging pans (Shift+drag draws a band);</li>
 *   <li>the middle button, or dragging with Space held, pans anywhere;</li>
 *   <li>a handle of the single selected frame resizes it; a double click renames; the right button opens the
 *       context menu of what is under it (selecting it first) or of the empty canvas.</li>
 * </ul>
 * With an add tool, a click adds the element into the frame under the pointer.
 */
final class CanvasPointer {

    private static final double CLICK_SLOP = 3;
    private static final double EDGE_GRAB_PIXELS = 6;

    /** What the pointer needs from the view it works in. */
    interface Host extends MoveGesture.Feedback {
        void status(String message);

        void rename(ElementRef ref);

        void repaint();

        void cursor(Cursor cursor);

        /** The location whose name tag (drawn on its top edge when zoomed out) is at a point of the view. */
        Optional<ElementRef> locationTagAt(double x, double y);

        /** Opens the context menu of an element, or of the empty canvas at a canvas point when it is null. */
        void contextMenu(ElementRef element, double canvasX, double canvasY, double screenX, double screenY);
    }

    private final CanvasCamera camera;
    private final Supplier<CanvasScene> scene;
    private final SelectionModel selection;
    private final CanvasActions actions;
    private final ObjectProperty<CanvasTool> tool;
    private final Host host;
    private Gesture gesture;
    private ElementRef pendingClick;
    private double pressX;
    private double pressY;
    private boolean pressShift;
    private ElementRef hover;
    private LayoutBox band;
    private boolean spaceHeld;

    CanvasPointer(CanvasCamera camera, Supplier<CanvasScene> scene, SelectionModel selection, CanvasActions actions,
                  ObjectProperty<CanvasTool> tool, Host host) {
        this.camera = camera;
        this.scene = scene;
        this.selection = selection;
        this.actions = actions;
        this.tool = tool;
        this.host = host;
    }

    ElementRef hover() {
        return hover;
    }

    LayoutBox band() {
        return band;
    }

    void setSpaceHeld(boolean held) {
        spaceHeld = held;
        host.cursor(held ? Cursor.OPEN_HAND : Cursor.DEFAULT);
    }

    void pressed(MouseEvent e) {
        double x = e.getX();
        double y = e.getY();
        pressX = x;
        pressY = y;
        pressShift = e.isShiftDown();
        pendingClick = null;
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceHeld)) {
            gesture = new PanGesture(camera, x, y);
            host.cursor(Cursor.CLOSED_HAND);
            return;
        }
        Optional<ElementRef> tagged = host.locationTagAt(x, y);
        Optional<ElementRef> under = tagged.isPresent() ? tagged : scene.get().elementAt(canvasX(x), canvasY(y));
        if (e.getButton() == MouseButton.SECONDARY) {
            under.filter(r -> !selection.isSelected(r)).ifPresent(selection::select);
            host.contextMenu(under.orElse(null), canvasX(x), canvasY(y), e.getScreenX(), e.getScreenY());
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (tool.get() != CanvasTool.SELECT) {
            actions.add(tool.get(), canvasX(x), canvasY(y));
            return;
        }
        Optional<ResizeGesture> resize = resizeAt(x, y);
        if (resize.isPresent()) {
            gesture = resize.get();
            return;
        }
        if (under.isEmpty()) {
            if (!e.isShiftDown()) {
                selection.clear();
                gesture = new PanGesture(camera, x, y);
            } else {
                gesture = band(x, y);
            }
            return;
        }
        ElementRef ref = under.get();
        Optional<ElementRef> selectedFrame = e.isShiftDown() ? Optional.empty() : selectedFrameAround(ref);
        if (selectedFrame.isPresent()) {
            pendingClick = ref;
            gesture = move(selectedFrame.get(), x, y);
            return;
        }
        if (isFrame(ref) && tagged.isEmpty() && !grabsFrame(ref, x, y)) {
            pendingClick = ref;
            gesture = band(x, y);
            return;
        }
        if (e.isShiftDown()) {
            selection.toggle(ref);
            if (!selection.isSelected(ref)) {
                return;
            }
        } else if (!selection.isSelected(ref)) {
            selection.select(ref);
        } else {
            pendingClick = ref;
        }
        gesture = move(ref, x, y);
    }

    void dragged(MouseEvent e) {
        if (gesture == null) {
            return;
        }
        if (pendingClick != null && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= CLICK_SLOP) {
            pendingClick = null;
        }
        gesture.drag(e.getX(), e.getY(), DragKeys.of(e));
    }

    void released(MouseEvent e) {
        if (gesture != null) {
            Gesture ending = gesture;
            gesture = null;
            if (pendingClick != null && ending instanceof BandGesture) {
                ending.cancel();
            } else {
                ending.release(e.getX(), e.getY(), DragKeys.of(e));
            }
        }
        if (pendingClick != null) {
            if (pressShift) {
                selection.toggle(pendingClick);
            } else {
                selection.select(pendingClick);
            }
            pendingClick = null;
        }
        moved(e);
    }

    void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && tool.get() == CanvasTool.SELECT) {
            scene.get().elementAt(canvasX(e.getX()), canvasY(e.getY())).ifPresent(host::rename);
        }
    }

    void moved(MouseEvent e) {
        ElementRef now = scene.get().elementAt(canvasX(e.getX()), canvasY(e.getY())).orElse(null);
        if (!Objects.equals(now, hover)) {
            hover = now;
            host.repaint();
        }
        host.cursor(cursorAt(e.getX(), e.getY(), now));
    }

    void exited() {
        if (hover != null) {
            hover = null;
            host.repaint();
        }
    }

    void scrolled(ScrollEvent e) {
        if (e.getDeltaX() != 0 && !e.isShiftDown() && !e.isShortcutDown()) {
            camera.panByPixels(e.getDeltaX(), e.getDeltaY());
        } else if (e.isShiftDown()) {
            camera.panByPixels(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY(), 0);
        } else if (e.getDeltaY() != 0) {
            camera.zoomAround(Math.pow(1.0035, e.getDeltaY()), e.getX(), e.getY());
        }
        e.consume();
    }

    void zoomed(ZoomEvent e) {
        camera.zoomAround(e.getZoomFactor(), e.getX(), e.getY());
        e.consume();
    }

    /** Escape: drops the gesture in progress; returns whether there was one. */
    boolean cancel() {
        if (gesture == null) {
            return false;
        }
        gesture.cancel();
        gesture = null;
        pendingClick = null;
        return true;
    }

    void showBand(LayoutBox box) {
        band = box;
        host.repaint();
    }

    private MoveGesture move(ElementRef anchor, double x, double y) {
        return new MoveGesture(camera, scene, actions, host::status, host, anchor, selection.snapshot(), x, y);
    }

    /** The element itself, or the frame around it, when it is a selected frame: pressing in it drags the selection. */
    private Optional<ElementRef> selectedFrameAround(ElementRef ref) {
        for (Optional<ElementRef> r = Optional.of(ref); r.isPresent(); r = scene.get().parentOf(r.get())) {
            if (isFrame(r.get()) && selection.isSelected(r.get())) {
                return r;
            }
        }
        return Optional.empty();
    }

    private BandGesture band(double x, double y) {
        return new BandGesture(camera, scene, selection, this::showBand, x, y);
    }

    private Optional<ResizeGesture> resizeAt(double x, double y) {
        return singleSelectedFrame().flatMap(frame -> scene.get().boxOf(frame).map(box -> {
            ResizeHandle handle = ResizeHandle.at(camera.viewport().toScreen(box), x, y);
            return handle == null ? null : new ResizeGesture(camera, actions, frame, handle, box, x, y);
        }));
    }

    private Optional<ElementRef> singleSelectedFrame() {
        if (selection.selected().size() != 1) {
            return Optional.empty();
        }
        ElementRef only = selection.selected().iterator().next();
        return isFrame(only) ? Optional.of(only) : Optional.empty();
    }

    /** Whether a press on a frame grabs it (title bar or edge) rather than its free inside. */
    private boolean grabsFrame(ElementRef frame, double x, double y) {
        LayoutBox box = scene.get().boxOf(frame).orElseThrow();
        double header = frame.kind() == ElementKind.LOCATION ? LayoutMetrics.LOCATION_HEADER : LayoutMetrics.DATA_CENTER_HEADER;
        LayoutBox s = camera.viewport().toScreen(box);
        boolean onEdge = x - s.x() < EDGE_GRAB_PIXELS || s.x() + s.w() - x < EDGE_GRAB_PIXELS
                || y - s.y() < EDGE_GRAB_PIXELS || s.y() + s.h() - y < EDGE_GRAB_PIXELS;
        return onEdge || canvasY(y) - box.y() <= header;
    }

    private Cursor cursorAt(double x, double y, ElementRef under) {
        if (tool.get() == CanvasTool.SELECT && !spaceHeld && host.locationTagAt(x, y).isPresent()) {
            return Cursor.MOVE;
        }
        if (spaceHeld) {
            return Cursor.OPEN_HAND;
        }
        if (tool.get() != CanvasTool.SELECT) {
            return Cursor.CROSSHAIR;
        }
        Optional<ResizeHandle> handle = singleSelectedFrame().flatMap(f -> scene.get().boxOf(f))
                .map(box -> ResizeHandle.at(camera.viewport().toScreen(box), x, y));
        if (handle.isPresent()) {
            return cursor(handle.get());
        }
        if (under == null || (isFrame(under) && !grabsFrame(under, x, y) && selectedFrameAround(under).isEmpty())) {
            return Cursor.DEFAULT;
        }
        return under.kind() == ElementKind.ORIGIN ? Cursor.HAND : Cursor.MOVE;
    }

    private static Cursor cursor(ResizeHandle handle) {
        return switch (handle) {
            case NORTH_WEST -> Cursor.NW_RESIZE;
            case NORTH -> Cursor.N_RESIZE;
            case NORTH_EAST -> Cursor.NE_RESIZE;
            case EAST -> Cursor.E_RESIZE;
            case SOUTH_EAST -> Cursor.SE_RESIZE;
            case SOUTH -> Cursor.S_RESIZE;
            case SOUTH_WEST -> Cursor.SW_RESIZE;
            case WEST -> Cursor.W_RESIZE;
        };
    }

    private static boolean isFrame(ElementRef ref) {
        return ref.kind() == ElementKind.LOCATION || ref.kind() == ElementKind.DATA_CENTER;
    }

    private double canvasX(double x) {
        Viewport vp = camera.viewport();
        return vp.toCanvasX(x);
    }

    private double canvasY(double y) {
        return camera.viewport().toCanvasY(y);
    }
}
