package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.app.render.scene.SceneFrame;
import dev.aegisplanner.app.render.scene.SceneServer;
import dev.aegisplanner.app.render.surface.FontSpec;
import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.model.layout.LayoutMetrics;
import dev.aegisplanner.model.topology.LayoutBox;

/**
 * Paints a {@link Shading} into the drawing: a data center's body tinted in its colour beneath its servers and
 * its outline in that colour above them (filled when its servers are drawn as one block, solid when it is a few
 * pixels), each server ringed in its own colour, and the data center's label as a pill on its bottom edge, in
 * screen pixels so it reads at any zoom.
 */
final class ShadingPainter {

    private static final FontSpec PILL = FontSpec.bold(11);
    private static final double PILL_HEIGHT = 18;
    private static final Rgba DARK_TEXT = Rgba.web("#1f2328");
    private static final Rgba LIGHT_TEXT = Rgba.web("#ffffff");

    /** The tint under the servers; stronger on the dark theme, where a faint tint disappears into the grey. */
    void beneath(Surface s, SceneFrame frame, double scale, Detail detail, Shade shade, CanvasPalette p) {
        if (shade == null || detail == Detail.AGGREGATE || tiny(frame.box(), scale)) {
            return;
        }
        LayoutBox b = frame.box();
        double top = b.y() + LayoutMetrics.DATA_CENTER_HEADER;
        s.setFill(shade.colour().fade(p.dark() ? 0.30 : 0.16));
        s.fillRoundRect(b.x(), top, b.w(), Math.max(0, b.y() + b.h() - top), 2 * FramePainter.DATA_CENTER_RADIUS,
                2 * FramePainter.DATA_CENTER_RADIUS);
    }

    /** The outline over the servers; the whole body when the servers are one block or the frame a dot. */
    void over(Surface s, SceneFrame frame, double scale, Detail detail, Shade shade, CanvasPalette p) {
        if (shade == null) {
            return;
        }
        LayoutBox b = frame.box();
        if (tiny(b, scale)) {
            s.setFill(shade.colour());
            s.fillRect(b.x(), b.y(), b.w(), b.h());
            return;
        }
        double arc = 2 * FramePainter.DATA_CENTER_RADIUS;
        if (detail == Detail.AGGREGATE) {
            s.setFill(shade.colour().fade(0.72));
            s.fillRoundRect(b.x(), b.y(), b.w(), b.h(), arc, arc);
        }
        mark(s, b, arc, scale, shade, p);
        s.setStroke(shade.colour());
        s.setLineWidth(Math.max(3, 2.5 / scale));
        if (shade.mark() == Shade.Mark.WHAT_IF_DOWN || shade.mark() == Shade.Mark.CHANGED) {
            s.setLineDashes(10 / Math.min(1, scale), 6 / Math.min(1, scale));
        }
        s.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), arc, arc);
        s.setLineDashes();
    }

    /** A server's ring in its colour; at the lowest detail the block itself takes the colour. */
    void server(Surface s, SceneServer server, Detail detail, double scale, Shade shade, CanvasPalette p) {
        if (shade == null) {
            return;
        }
        LayoutBox b = server.box();
        if (detail == Detail.DOTS) {
            s.setFill(shade.colour());
            s.fillRect(b.x() + 6, b.y() + 6, b.w() - 12, b.h() - 12);
            return;
        }
        double inset = 1;
        mark(s, new LayoutBox(b.x() + inset, b.y() + inset, b.w() - 2 * inset, b.h() - 2 * inset), 12, scale, shade, p);
        s.setStroke(shade.colour());
        s.setLineWidth(Math.max(3, 2 / scale));
        if (shade.mark() == Shade.Mark.CHANGED || shade.mark() == Shade.Mark.WHAT_IF_DOWN) {
            s.setLineDashes(7, 4);
        }
        s.strokeRoundRect(b.x() + inset, b.y() + inset, b.w() - 2 * inset, b.h() - 2 * inset, 12, 12);
        s.setLineDashes();
    }

    /** Each visible shaded data center's label, as a pill on its bottom edge, where no other label goes. */
    void labels(Surface s, CanvasScene scene, Viewport vp, Shading shading) {
        scene.forEachFrameIn(vp.visible(), frame -> {
            if (frame.isLocation()) {
                return;
            }
            Shade shade = shading.dataCenter(frame.ref().id());
            if (shade == null || shade.label() == null) {
                return;
            }
            LayoutBox on = vp.toScreen(frame.box());
            double w = s.textWidth(shade.label(), PILL) + PILL_HEIGHT;
            if (on.w() < w + 8 || on.h() < PILL_HEIGHT + 4) {
                return;
            }
            // Inside the bottom edge, clear of the corner where a selected frame has its resize handle.
            double x = Math.round(on.x() + on.w() - w - 14) + 0.5;
            double cy = Math.round(on.y() + on.h() - PILL_HEIGHT / 2 - 4) + 0.5;
            Shapes.pill(s, shade.label(), PILL, x, cy, PILL_HEIGHT, shade.colour(), textOn(shade.colour()));
        });
    }

    /** Stripes or hatching inside a shape, for marks that must not depend on colour. */
    private static void mark(Surface s, LayoutBox b, double arc, double scale, Shade shade, CanvasPalette p) {
        if (shade.mark() == Shade.Mark.STRIPED) {
            Shapes.hatch(s, b.x(), b.y(), b.w(), b.h(), arc, shade.colour().fade(0.55), Math.max(10, 9 / scale),
                    Math.max(2, 1.5 / scale));
        } else if (shade.mark() == Shade.Mark.WHAT_IF_DOWN) {
            Shapes.hatch(s, b.x(), b.y(), b.w(), b.h(), arc, p.hatch(), Math.max(10, 7 / scale), Math.max(1, 1 / scale));
        }
    }

    /** White on dark colours, near-black on light ones (amber), whichever reads better. */
    static Rgba textOn(Rgba colour) {
        double luminance = (0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()) / 255;
        return luminance > 0.6 ? DARK_TEXT : LIGHT_TEXT;
    }

    private static boolean tiny(LayoutBox b, double scale) {
        return Math.min(b.w(), b.h()) * scale < 10;
    }
}
