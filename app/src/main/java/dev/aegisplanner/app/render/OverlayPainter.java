package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.app.render.surface.FontSpec;
import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.validation.Severity;
import java.util.Map;

/**
 * What lies on top of the drawing, in screen pixels so it keeps its size at any zoom: hover, selection
 * outlines, resize handles, problem markers with their badges, a reveal's flash, the rubber band, and a drag's
 * alignment guides and drop ghosts.
 */
final class OverlayPainter {

    private static final FontSpec BADGE_GLYPH = FontSpec.bold(11);
    private static final double BADGE_RADIUS = 8;

    private final MarkerRollup rollup = new MarkerRollup();

    void paint(Surface s, CanvasScene scene, Viewport vp, RenderState st, Detail detail) {
        CanvasPalette p = st.palette();
        LayoutBox view = vp.visible();
        Map<String, Severity> inside = rollup.of(scene, st.markers());
        if (st.hover() != null && !st.selection().contains(st.hover())) {
            scene.boxOf(st.hover()).ifPresent(b -> outline(s, vp.toScreen(b), radius(st.hover(), vp), p.accent().fade(0.55), 1.5, 1));
        }
        scene.forEachFrameIn(view, frame -> {
            decorate(s, vp, st, frame.ref(), frame.box());
            Severity rolled = inside.get(frame.ref().id());
            boolean childrenHidden = frame.isLocation() ? vp.scale() < 0.1 : detail == Detail.AGGREGATE;
            if (rolled != null && childrenHidden && !st.markers().containsKey(frame.ref())) {
                LayoutBox on = vp.toScreen(frame.box());
                badge(s, on.x() + on.w() - 2, on.y() + 2, rolled, p);
            }
            if (!frame.isLocation() && detail != Detail.AGGREGATE) {
                frame.forEachServerIn(view, server -> decorate(s, vp, st, server.ref(), server.box()));
            }
        });
        scene.origins().forEach(o -> decorate(s, vp, st, o.ref(), o.box()));
        if (st.flash() != null) {
            scene.boxOf(st.flash()).ifPresent(b -> {
                double fade = 1 - st.flashPhase();
                double grow = 4 + 14 * st.flashPhase();
                outline(s, vp.toScreen(b), radius(st.flash(), vp), p.accent().fade(fade), 3, grow);
            });
        }
        if (st.handles() && st.selection().size() == 1) {
            ElementRef only = st.selection().iterator().next();
            if (only.kind() == ElementKind.LOCATION || only.kind() == ElementKind.DATA_CENTER) {
                scene.boxOf(only).ifPresent(b -> handles(s, vp.toScreen(b), p));
            }
        }
        for (LayoutBox ghost : st.ghosts()) {
            LayoutBox on = vp.toScreen(ghost);
            s.setFill(p.accentSubtle());
            s.fillRoundRect(on.x(), on.y(), on.w(), on.h(), 8, 8);
            s.setStroke(p.accent());
            s.setLineWidth(1.5);
            s.setLineDashes(5, 4);
            s.strokeRoundRect(on.x(), on.y(), on.w(), on.h(), 8, 8);
            s.setLineDashes();
        }
        for (Guide guide : st.guides()) {
            s.setStroke(p.guide());
            s.setLineWidth(1);
            s.strokeLine(Math.round(vp.toScreenX(guide.x1())) + 0.5, Math.round(vp.toScreenY(guide.y1())) + 0.5,
                    Math.round(vp.toScreenX(guide.x2())) + 0.5, Math.round(vp.toScreenY(guide.y2())) + 0.5);
        }
        if (st.band() != null) {
            LayoutBox on = vp.toScreen(st.band());
            s.setFill(p.accentSubtle());
            s.fillRect(on.x(), on.y(), on.w(), on.h());
            s.setStroke(p.accent());
            s.setLineWidth(1);
            s.strokeRect(on.x() + 0.5, on.y() + 0.5, on.w(), on.h());
        }
    }

    private void decorate(Surface s, Viewport vp, RenderState st, ElementRef ref, LayoutBox box) {
        Severity severity = st.markers().get(ref);
        boolean selected = st.selection().contains(ref);
        if (severity == null && !selected) {
            return;
        }
        CanvasPalette p = st.palette();
        LayoutBox on = vp.toScreen(box);
        if (severity != null) {
            outline(s, on, radius(ref, vp), color(severity, p), 2, selected ? 5 : 2);
            if (on.w() >= 18) {
                badge(s, on.x() + on.w() - 2, on.y() + 2, severity, p);
            }
        }
        if (selected) {
            outline(s, on, radius(ref, vp), p.accent(), 2, 2);
        }
    }

    private static void badge(Surface s, double cx, double cy, Severity severity, CanvasPalette p) {
        Shapes.badge(s, cx, cy, BADGE_RADIUS, color(severity, p), p.locationFill(), "!", p.onBadge(), BADGE_GLYPH);
    }

    private static void handles(Surface s, LayoutBox on, CanvasPalette p) {
        double half = ResizeHandle.SIZE / 2;
        for (ResizeHandle h : ResizeHandle.values()) {
            double x = Math.round(h.centerX(on) - half) + 0.5;
            double y = Math.round(h.centerY(on) - half) + 0.5;
            s.setFill(p.locationFill());
            s.fillRect(x, y, ResizeHandle.SIZE, ResizeHandle.SIZE);
            s.setStroke(p.accent());
            s.setLineWidth(1.5);
            s.strokeRect(x, y, ResizeHandle.SIZE, ResizeHandle.SIZE);
        }
    }

    private static void outline(Surface s, LayoutBox on, double radius, Rgba color, double width, double gap) {
        double r = radius + gap;
        s.setStroke(color);
        s.setLineWidth(width);
        s.strokeRoundRect(on.x() - gap, on.y() - gap, on.w() + 2 * gap, on.h() + 2 * gap, 2 * r, 2 * r);
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

    private static Rgba color(Severity severity, CanvasPalette p) {
        return severity == Severity.ERROR ? p.danger() : p.warning();
    }
}
