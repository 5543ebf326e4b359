package dev.aegisplanner.app.canvas.render;

import dev.aegisplanner.app.canvas.scene.CanvasScene;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.validation.Severity;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * What lies on top of the drawing, in screen pixels so it keeps its size at any zoom: hover, selection
 * outlines, resize handles, problem markers with their badges, a reveal's flash and the rubber band.
 */
final class OverlayPainter {

    private static final Font BADGE_GLYPH = Font.font(CanvasFonts.FAMILY, FontWeight.BOLD, 11);
    private static final double BADGE_RADIUS = 8;

    private final MarkerRollup rollup = new MarkerRollup();

    void paint(GraphicsContext gc, CanvasScene scene, Viewport vp, RenderState st, Detail detail) {
        CanvasPalette p = st.palette();
        LayoutBox view = vp.visible();
        Map<String, Severity> inside = rollup.of(scene, st.markers());
        if (st.hover() != null && !st.selection().contains(st.hover())) {
            scene.boxOf(st.hover()).ifPresent(b -> outline(gc, vp.toScreen(b), radius(st.hover(), vp), p.accent().deriveColor(0, 1, 1, 0.55), 1.5, 1));
        }
        scene.forEachFrameIn(view, frame -> {
            decorate(gc, vp, st, frame.ref(), frame.box());
            Severity rolled = inside.get(frame.ref().id());
            boolean childrenHidden = frame.isLocation() ? vp.scale() < 0.1 : detail == Detail.AGGREGATE;
            if (rolled != null && childrenHidden && !st.markers().containsKey(frame.ref())) {
                LayoutBox s = vp.toScreen(frame.box());
                badge(gc, s.x() + s.w() - 2, s.y() + 2, rolled, p);
            }
            if (!frame.isLocation() && detail != Detail.AGGREGATE) {
                frame.forEachServerIn(view, server -> decorate(gc, vp, st, server.ref(), server.box()));
            }
        });
        scene.origins().forEach(o -> decorate(gc, vp, st, o.ref(), o.box()));
        if (st.flash() != null) {
            scene.boxOf(st.flash()).ifPresent(b -> {
                double fade = 1 - st.flashPhase();
                double grow = 4 + 14 * st.flashPhase();
                outline(gc, vp.toScreen(b), radius(st.flash(), vp), p.accent().deriveColor(0, 1, 1, fade), 3, grow);
            });
        }
        if (st.handles() && st.selection().size() == 1) {
            ElementRef only = st.selection().iterator().next();
            if (only.kind() == ElementKind.LOCATION || only.kind() == ElementKind.DATA_CENTER) {
                scene.boxOf(only).ifPresent(b -> handles(gc, vp.toScreen(b), p));
            }
        }
        if (st.band() != null) {
            LayoutBox s = vp.toScreen(st.band());
            gc.setFill(p.accentSubtle());
            gc.fillRect(s.x(), s.y(), s.w(), s.h());
            gc.setStroke(p.accent());
            gc.setLineWidth(1);
            gc.strokeRect(s.x() + 0.5, s.y() + 0.5, s.w(), s.h());
        }
    }

    private void decorate(GraphicsContext gc, Viewport vp, RenderState st, ElementRef ref, LayoutBox box) {
        Severity severity = st.markers().get(ref);
        boolean selected = st.selection().contains(ref);
        if (severity == null && !selected) {
            return;
        }
        CanvasPalette p = st.palette();
        LayoutBox s = vp.toScreen(box);
        if (severity != null) {
            outline(gc, s, radius(ref, vp), color(severity, p), 2, selected ? 5 : 2);
            if (s.w() >= 18) {
                badge(gc, s.x() + s.w() - 2, s.y() + 2, severity, p);
            }
        }
        if (selected) {
            outline(gc, s, radius(ref, vp), p.accent(), 2, 2);
        }
    }

    private static void badge(GraphicsContext gc, double cx, double cy, Severity severity, CanvasPalette p) {
        Shapes.badge(gc, cx, cy, BADGE_RADIUS, color(severity, p), p.locationFill(), "!", p.onBadge(), BADGE_GLYPH);
    }

    private static void handles(GraphicsContext gc, LayoutBox s, CanvasPalette p) {
        double half = ResizeHandle.SIZE / 2;
        for (ResizeHandle h : ResizeHandle.values()) {
            double x = Math.round(h.centerX(s) - half) + 0.5;
            double y = Math.round(h.centerY(s) - half) + 0.5;
            gc.setFill(p.locationFill());
            gc.fillRect(x, y, ResizeHandle.SIZE, ResizeHandle.SIZE);
            gc.setStroke(p.accent());
            gc.setLineWidth(1.5);
            gc.strokeRect(x, y, ResizeHandle.SIZE, ResizeHandle.SIZE);
        }
    }

    private static void outline(GraphicsContext gc, LayoutBox s, double radius, Color color, double width, double gap) {
        double r = radius + gap;
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.strokeRoundRect(s.x() - gap, s.y() - gap, s.w() + 2 * gap, s.h() + 2 * gap, 2 * r, 2 * r);
    }

    /** The corner radius of an element's shape on screen. */
    private static double radius(ElementRef ref, Viewport vp) {
        double units = switch (ref.kind()) {
            case LOCATION -> FramePainter.LOCATION_RADIUS;
            case DATA_CENTER -> FramePainter.DATA_CENTER_RADIUS;
            default -> 8;
        };
        return units * vp.scale();
    }

    private static Color color(Severity severity, CanvasPalette p) {
        return severity == Severity.ERROR ? p.danger() : p.warning();
    }
}
