package dev.aegisplanner.app.render;

import static dev.aegisplanner.app.render.CanvasFonts.EDGE_SUBTITLE;
import static dev.aegisplanner.app.render.CanvasFonts.EDGE_TITLE;

import dev.aegisplanner.app.render.scene.SceneOrigin;
import dev.aegisplanner.app.render.surface.FontSpec;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.app.render.surface.TextAlign;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Origin;
import java.util.List;

/**
 * The two ends of every request, as in the documentation's diagrams: the client at the left of the
 * drawing, the origin servers at the right.
 */
final class EdgePainter {

    private static final FontSpec ORIGIN_SMALL_TITLE = FontSpec.bold(11);

    /**
     * Dashed arrows in the documentation's style: "ingress" from the client to the drawing, "egress" from
     * the drawing to the origins.
     */
    void flows(Surface s, LayoutBox client, LayoutBox content, LayoutBox origins, double scale, CanvasPalette p) {
        double y = client.y() + client.h() / 2 - 8;
        arrow(s, client.x() + client.w() + 10, y, content.x() - 14, "ingress", scale, p);
        if (origins != null) {
            arrow(s, content.x() + content.w() + 14, origins.y() + origins.h() / 2 - 16, origins.x() - 12, "egress", scale, p);
        }
    }

    private static void arrow(Surface s, double x1, double y, double x2, String label, double scale, CanvasPalette p) {
        if (x2 - x1 < 30) {
            return;
        }
        double line = Math.max(1.25, 1 / scale);
        s.setStroke(p.edgeStroke());
        s.setLineWidth(line);
        s.setLineDashes(6, 5);
        s.strokeLine(x1, y, x2 - 6, y);
        s.setLineDashes();
        s.setFill(p.edgeStroke());
        s.fillPolygon(new double[] {x2, x2 - 9, x2 - 9}, new double[] {y, y - 4.5, y + 4.5}, 3);
        if (EDGE_SUBTITLE.size() * scale >= FramePainter.MIN_TEXT_PIXELS) {
            s.setFont(EDGE_SUBTITLE);
            s.setFill(p.mutedText());
            s.setTextAlign(TextAlign.CENTER);
            s.fillText(label, (x1 + x2) / 2, y - 8);
            s.setTextAlign(TextAlign.LEFT);
        }
    }

    void client(Surface s, LayoutBox b, double scale, CanvasPalette p) {
        double line = Math.max(1.5, 1 / scale);
        double mx = b.x() + 14;
        double my = b.y() + 4;
        double mw = b.w() - 28;
        double mh = 46;
        s.setFill(p.shadow());
        s.fillRoundRect(mx, my + 1, mw, mh + 1, 12, 12);
        s.fillRoundRect(mx - 1, my + 2, mw + 2, mh + 2, 14, 14);
        s.setFill(p.edgeFill());
        s.fillRoundRect(mx, my, mw, mh, 12, 12);
        s.setStroke(p.edgeStroke());
        s.setLineWidth(line);
        s.strokeRoundRect(mx, my, mw, mh, 12, 12);
        s.setFill(p.accentSubtle());
        s.fillRoundRect(mx + 5, my + 5, mw - 10, mh - 10, 6, 6);
        double cx = b.x() + b.w() / 2;
        s.setFill(p.edgeStroke());
        s.fillRect(cx - 5, my + mh, 10, 8);
        s.fillRoundRect(cx - 18, my + mh + 8, 36, 4, 4, 4);
        if (EDGE_TITLE.size() * scale >= FramePainter.MIN_TEXT_PIXELS) {
            s.setFont(EDGE_TITLE);
            s.setFill(p.text());
            s.setTextAlign(TextAlign.CENTER);
            s.fillText("Client", cx, b.y() + b.h() - 4);
            s.setTextAlign(TextAlign.LEFT);
        }
    }

    void origin(Surface s, SceneOrigin origin, double scale, CanvasPalette p) {
        LayoutBox b = origin.box();
        double h = 60;
        s.setFill(p.shadow());
        s.fillRect(b.x(), b.y() + 10, b.w(), h - 10);
        s.fillOval(b.x(), b.y() + h - 16, b.w(), 18);
        Shapes.cylinder(s, b.x(), b.y(), b.w(), h, 9, p.edgeFill(), p.serverTop(), p.edgeStroke(), Math.max(1.5, 1 / scale));
        if (EDGE_TITLE.size() * scale < FramePainter.MIN_TEXT_PIXELS) {
            return;
        }
        Origin o = origin.origin();
        s.setTextAlign(TextAlign.CENTER);
        s.setFill(p.text());
        name(s, o.displayName(), b.x() + b.w() / 2, b.y(), b.w() - 16);
        if (EDGE_SUBTITLE.size() * scale >= FramePainter.MIN_TEXT_PIXELS) {
            s.setFont(EDGE_SUBTITLE);
            s.setFill(p.mutedText());
            String address = o.ipv4() != null ? o.ipv4() : o.ipv6();
            String line = "Origin  ·  " + (address == null ? "" : address);
            s.fillText(CanvasFonts.fitted(s, line, EDGE_SUBTITLE, b.w() + 30), b.x() + b.w() / 2, b.y() + h + 18);
        }
        s.setTextAlign(TextAlign.LEFT);
    }

    /**
     * An origin's name in its cylinder: on one line, or two, and in a smaller size before it is cut short,
     * as origins are named for people ("Shop origin in Frankfurt").
     */
    private static void name(Surface s, String name, double cx, double top, double width) {
        List<String> lines = CanvasFonts.wrapped(s, name, EDGE_TITLE, width, 2);
        FontSpec font = EDGE_TITLE;
        if (lines.get(lines.size() - 1).endsWith("…")) {
            font = ORIGIN_SMALL_TITLE;
            lines = CanvasFonts.wrapped(s, name, font, width, 2);
        }
        s.setFont(font);
        double lineHeight = font.size() + 2;
        double baseline = top + 38 - (lines.size() - 1) * lineHeight / 2;
        for (String line : lines) {
            s.fillText(line, cx, baseline);
            baseline += lineHeight;
        }
    }
}
