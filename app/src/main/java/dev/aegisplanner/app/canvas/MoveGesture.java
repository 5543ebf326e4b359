package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Drags the selection. Each mouse move executes one move edit under this gesture's coalescing key, so the
 * whole drag is one undo step ("Move 3 servers"). The edit moves by what is still missing between where the
 * pressed element is and where the pointer wants it, so a move the frame edge stopped does not leave the
 * element lagging behind the pointer when it comes back. Positions stay whole canvas units. Mouse events
 * that arrive faster than edits are applied collapse into one edit for the newest position.
 */
final class MoveGesture implements Gesture {

    private static final double THRESHOLD_PIXELS = 3;

    private final CanvasCamera camera;
    private final Supplier<CanvasScene> scene;
    private final CanvasActions actions;
    private final Consumer<String> status;
    private final ElementRef anchor;
    private final Set<ElementRef> moving;
    private final LayoutBox anchorStart;
    private final double startX;
    private final double startY;
    private final Object coalesceKey = new Object();
    private final LatestOnly pending = new LatestOnly();
    private boolean started;

    MoveGesture(CanvasCamera camera, Supplier<CanvasScene> scene, CanvasActions actions, Consumer<String> status,
                ElementRef anchor, Set<ElementRef> moving, double x, double y) {
        this.camera = camera;
        this.scene = scene;
        this.actions = actions;
        this.status = status;
        this.anchor = anchor;
        this.moving = Set.copyOf(moving);
        this.anchorStart = scene.get().boxOf(anchor).orElseThrow();
        this.startX = x;
        this.startY = y;
    }

    @Override
    public void drag(double x, double y, boolean shift) {
        if (!started && Math.hypot(x - startX, y - startY) < THRESHOLD_PIXELS) {
            return;
        }
        started = true;
        pending.submit(() -> moveTowards(x, y));
    }

    private void moveTowards(double x, double y) {
        double scale = camera.viewport().scale();
        double wantedX = anchorStart.x() + Math.round((x - startX) / scale);
        double wantedY = anchorStart.y() + Math.round((y - startY) / scale);
        LayoutBox now = scene.get().boxOf(anchor).orElse(anchorStart);
        double dx = wantedX - now.x();
        double dy = wantedY - now.y();
        if (dx != 0 || dy != 0) {
            actions.move(moving, dx, dy, coalesceKey);
        }
        explainWhenHeldBack(x, y);
    }

    @Override
    public void release(double x, double y, boolean shift) {
        drag(x, y, shift);
        pending.flush();
        actions.endGesture();
    }

    @Override
    public void cancel() {
        pending.flush();
        actions.endGesture();
    }

    private void explainWhenHeldBack(double x, double y) {
        if (anchor.kind() == ElementKind.LOCATION) {
            return;
        }
        CanvasScene s = scene.get();
        s.parentOf(anchor).flatMap(s::boxOf).ifPresent(frame -> {
            double cx = camera.viewport().toCanvasX(x);
            double cy = camera.viewport().toCanvasY(y);
            if (!Boxes.contains(frame, cx, cy)) {
                status.accept(anchor.kind() == ElementKind.SERVER
                        ? "A server stays inside its data center. To move it to another one, cut and paste it there."
                        : "A data center stays inside its location. To move it to another one, cut and paste it there.");
            }
        });
    }
}
