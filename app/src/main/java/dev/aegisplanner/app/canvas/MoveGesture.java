package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.render.Guide;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.app.render.scene.SceneFrame;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Drags the selection. Each mouse move executes one move edit under this gesture's coalescing key, so the
 * whole drag is one undo step ("Move 3 servers"). The pressed element snaps to the grid, or lines up with a
 * sibling whose edge or centre it comes near (a guide shows the line); Alt moves freely, Shift keeps the move
 * on one axis. The edit moves by what is still missing between where the pressed element is and where the
 * pointer wants it, so a move the frame edge stopped does not leave the element lagging behind the pointer.
 *
 * <p>Servers carried over another data center (or data centers over another location) show where they would
 * land there; released, they move into it. Released anywhere else, whatever now covers a sibling moves to the
 * nearest free spot: one element never ends on top of another. Mouse events that arrive faster than edits are
 * applied collapse into one edit for the newest position.
 */
final class MoveGesture implements Gesture {

    private static final double THRESHOLD_PIXELS = 3;

    /** What the view shows while dragging: guides, ghosts of a drop into another frame, and that frame. */
    interface Feedback {
        void show(List<Guide> guides, List<LayoutBox> ghosts, ElementRef dropTarget);
    }

    private final CanvasCamera camera;
    private final Supplier<CanvasScene> scene;
    private final CanvasActions actions;
    private final Consumer<String> status;
    private final Feedback feedback;
    private final ElementRef anchor;
    private final Set<ElementRef> moving;
    private final LayoutBox anchorStart;
    private final ElementRef home;
    private final boolean canChangeFrame;
    private final List<LayoutBox> neighbours;
    private final double startX;
    private final double startY;
    private final Object coalesceKey = new Object();
    private final LatestOnly pending = new LatestOnly();
    private boolean started;
    private ElementRef foreignTarget;
    private double dropDx;
    private double dropDy;

    MoveGesture(CanvasCamera camera, Supplier<CanvasScene> scene, CanvasActions actions, Consumer<String> status,
                Feedback feedback, ElementRef anchor, Set<ElementRef> moving, double x, double y) {
        this.camera = camera;
        this.scene = scene;
        this.actions = actions;
        this.status = status;
        this.feedback = feedback;
        this.anchor = anchor;
        this.moving = Set.copyOf(moving);
        CanvasScene s = scene.get();
        this.anchorStart = s.boxOf(anchor).orElseThrow();
        this.home = s.parentOf(anchor).orElse(null);
        this.canChangeFrame = (anchor.kind() == ElementKind.SERVER || anchor.kind() == ElementKind.DATA_CENTER)
                && this.moving.stream().allMatch(r -> r.kind() == anchor.kind());
        this.neighbours = siblings(s).filter(f -> !this.moving.contains(f)).map(r -> s.boxOf(r).orElseThrow()).toList();
        this.startX = x;
        this.startY = y;
    }

    @Override
    public void drag(double x, double y, DragKeys keys) {
        if (!started && Math.hypot(x - startX, y - startY) < THRESHOLD_PIXELS) {
            return;
        }
        started = true;
        pending.submit(() -> moveTowards(x, y, keys));
    }

    @Override
    public void release(double x, double y, DragKeys keys) {
        drag(x, y, keys);
        pending.flush();
        if (foreignTarget != null) {
            actions.moveInto(moving, foreignTarget, dropDx, dropDy, coalesceKey);
        } else if (started) {
            actions.settle(moving, coalesceKey);
        }
        end();
    }

    @Override
    public void cancel() {
        pending.flush();
        foreignTarget = null;
        end();
    }

    private void end() {
        feedback.show(List.of(), List.of(), null);
        actions.endGesture();
    }

    private void moveTowards(double x, double y, DragKeys keys) {
        double scale = camera.viewport().scale();
        double dx = (x - startX) / scale;
        double dy = (y - startY) / scale;
        boolean horizontalOnly = keys.shift() && Math.abs(dx) >= Math.abs(dy);
        boolean verticalOnly = keys.shift() && !horizontalOnly;
        LayoutBox wanted = Boxes.moved(anchorStart, verticalOnly ? 0 : dx, horizontalOnly ? 0 : dy);
        double wantedX = Math.round(wanted.x());
        double wantedY = Math.round(wanted.y());
        List<Guide> guides = List.of();
        if (!keys.alt()) {
            Snapping.Snapped snapped = Snapping.snap(wanted, neighbours, scale);
            wantedX = verticalOnly ? anchorStart.x() : snapped.x();
            wantedY = horizontalOnly ? anchorStart.y() : snapped.y();
            guides = keys.shift() ? List.of() : snapped.guides();
        }
        CanvasScene s = scene.get();
        LayoutBox now = s.boxOf(anchor).orElse(anchorStart);
        double cx = camera.viewport().toCanvasX(x);
        double cy = camera.viewport().toCanvasY(y);
        foreignTarget = canChangeFrame ? frameToDropInto(s, cx, cy).orElse(null) : null;
        if (foreignTarget != null) {
            dropDx = wantedX - now.x();
            dropDy = wantedY - now.y();
            feedback.show(List.of(), moving.stream().map(r -> s.boxOf(r).orElseThrow())
                    .map(b -> Boxes.moved(b, dropDx, dropDy)).toList(), foreignTarget);
            status.accept("Release to move " + describe() + " into " + foreignTarget.id() + ".");
            return;
        }
        feedback.show(guides, List.of(), null);
        if (wantedX != now.x() || wantedY != now.y()) {
            actions.move(moving, wantedX - now.x(), wantedY - now.y(), coalesceKey);
        }
        explainWhenHeldBack(s, cx, cy);
    }

    /** The other frame of the parent's kind under the pointer: a data center for servers, a location for data centers. */
    private Optional<ElementRef> frameToDropInto(CanvasScene s, double cx, double cy) {
        Optional<ElementRef> frame = s.elementAt(cx, cy);
        ElementKind wanted = anchor.kind() == ElementKind.SERVER ? ElementKind.DATA_CENTER : ElementKind.LOCATION;
        while (frame.isPresent() && frame.get().kind() != wanted) {
            frame = s.parentOf(frame.get());
        }
        return frame.filter(f -> !f.equals(home));
    }

    private Stream<ElementRef> siblings(CanvasScene s) {
        return switch (anchor.kind()) {
            case LOCATION -> s.locations().stream().map(SceneFrame::ref);
            case DATA_CENTER -> s.parentOf(anchor).flatMap(p -> s.frame(p.id()))
                    .map(l -> l.dataCenters().stream().map(SceneFrame::ref)).orElse(Stream.empty());
            case SERVER -> s.parentOf(anchor).flatMap(p -> s.frame(p.id()))
                    .map(d -> d.servers().all().stream().map(sv -> sv.ref())).orElse(Stream.empty());
            default -> Stream.empty();
        };
    }

    private String describe() {
        return moving.size() == 1 ? anchor.id() : moving.size() + " " + (anchor.kind() == ElementKind.SERVER
                ? "servers" : "data centers");
    }

    private void explainWhenHeldBack(CanvasScene s, double cx, double cy) {
        if (anchor.kind() == ElementKind.LOCATION || home == null) {
            return;
        }
        s.boxOf(home).ifPresent(frame -> {
            if (!Boxes.contains(frame, cx, cy)) {
                status.accept(anchor.kind() == ElementKind.SERVER
                        ? "A server stays inside a data center: drop it on another data center to move it there."
                        : "A data center stays inside a location: drop it on another location to move it there.");
            }
        });
    }
}
