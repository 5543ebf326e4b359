package dev.aegisplanner.app.canvas.render;

import static dev.aegisplanner.app.canvas.render.CanvasFonts.EDGE_SUBTITLE;
import static dev.aegisplanner.app.canvas.render.CanvasFonts.EDGE_TITLE;

import dev.aegisplanner.app.canvas.scene.SceneOrigin;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Origin;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * The two ends of every request, as in the documentation's diagrams: the client at the left of the
 * drawing, the origin servers at the right.
 */
final class EdgePainter {

    /**
     * Dashed arrows in the documentation's style: "ingress" from the client to the drawing, "egress" from
     * the drawing to the origins.
     */
    void flows(GraphicsContext gc, LayoutBox client, LayoutBox content, LayoutBox origins, double scale, CanvasPalette p) {
        double y = client.y() + client.h() / 2 - 8;
        arrow(gc, client.x() + client.w() + 10, y, content.x() - 14, "ingress", scale, p);
        if (origins != null) {
            arrow(gc, content.x() + content.w() + 14, origins.y() + origins.h() / 2 - 16, origins.x() - 12, "egress", scale, p);
        }
    }

    private static void arrow(GraphicsContext gc, double x1, double y, double x2, String label, double scale, CanvasPalette p) {
        if (x2 - x1 < 30) {
            return;
        }
        double line = Math.max(1.25, 1 / scale);
        gc.setStroke(p.edgeStroke());
        gc.setLineWidth(line);
        gc.setLineDashes(6, 5);
        gc.strokeLine(x1, y, x2 - 6, y);
        gc.setLineDashes((double[]) null);
        gc.setFill(p.edgeStroke());
        gc.fillPolygon(new double[] {x2, x2 - 9, x2 - 9}, new double[] {y, y - 4.5, y + 4.5}, 3);
        if (EDGE_SUBTITLE.getSize() * scale >= FramePainter.MIN_TEXT_PIXELS) {
            gc.setFont(EDGE_SUBTITLE);
            gc.setFill(p.mutedText());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(label, (x1 + x2) / 2, y - 8);
            gc.setTextAlign(TextAlignment.LEFT);
        }
    }

    void client(GraphicsContext gc, LayoutBox b, double scale, CanvasPalette p) {
        double line = Math.max(1.5, 1 / scale);
        double mx = b.x() + 14;
        double my = b.y() + 4;
        double mw = b.w() - 28;
        double mh = 46;
        gc.setFill(p.shadow());
        gc.fillRoundRect(mx, my + 1, mw, mh + 1, 12, 12);
        gc.fillRoundRect(mx - 1, my + 2, mw + 2, mh + 2, 14, 14);
        gc.setFill(p.edgeFill());
        gc.fillRoundRect(mx, my, mw, mh, 12, 12);
        gc.setStroke(p.edgeStroke());
        gc.setLineWidth(line);
        gc.strokeRoundRect(mx, my, mw, mh, 12, 12);
        gc.setFill(p.accentSubtle());
        gc.fillRoundRect(mx + 5, my + 5, mw - 10, mh - 10, 6, 6);
        double cx = b.x() + b.w() / 2;
        gc.setFill(p.edgeStroke());
        gc.fillRect(cx - 5, my + mh, 10, 8);
        gc.fillRoundRect(cx - 18, my + mh + 8, 36, 4, 4, 4);
        if (EDGE_TITLE.getSize() * scale >= FramePainter.MIN_TEXT_PIXELS) {
            gc.setFont(EDGE_TITLE);
            gc.setFill(p.text());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText("Client", cx, b.y() + b.h() - 4);
            gc.setTextAlign(TextAlignment.LEFT);
        }
    }

    void origin(GraphicsContext gc, SceneOrigin origin, double scale, CanvasPalette p) {
        LayoutBox b = origin.box();
        double h = 60;
        gc.setFill(p.shadow());
        gc.fillRect(b.x(), b.y() + 10, b.w(), h - 10);
        gc.fillOval(b.x(), b.y() + h - 16, b.w(), 18);
        Shapes.cylinder(gc, b.x(), b.y(), b.w(), h, 9, p.edgeFill(), p.serverTop(), p.edgeStroke(), Math.max(1.5, 1 / scale));
        if (EDGE_TITLE.getSize() * scale < FramePainter.MIN_TEXT_PIXELS) {
            return;
        }
        Origin o = origin.origin();
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFont(EDGE_TITLE);
        gc.setFill(p.text());
        gc.fillText(CanvasFonts.fitted(o.displayName(), EDGE_TITLE, b.w() - 16), b.x() + b.w() / 2, b.y() + 38);
        if (EDGE_SUBTITLE.getSize() * scale >= FramePainter.MIN_TEXT_PIXELS) {
            gc.setFont(EDGE_SUBTITLE);
            gc.setFill(p.mutedText());
            String address = o.ipv4() != null ? o.ipv4() : o.ipv6();
            String line = "Origin  ·  " + (address == null ? "" : address);
            gc.fillText(CanvasFonts.fitted(line, EDGE_SUBTITLE, b.w() + 30), b.x() + b.w() / 2, b.y() + h + 18);
        }
        gc.setTextAlign(TextAlignment.LEFT);
    }
}
