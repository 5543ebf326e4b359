package dev.aegisplanner.app.render;

import static dev.aegisplanner.app.render.CanvasFonts.BADGE;
import static dev.aegisplanner.app.render.CanvasFonts.SERVER_LABEL;

import dev.aegisplanner.app.render.scene.SceneServer;
import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.app.render.surface.TextAlign;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.List;

/**
 * Servers in canvas units at three levels of detail: a cylinder with its id and one chip per egress
 * address (in its pool's colour), the same without text, or a small block. A down server is greyed and
 * hatched; one that is down itself (not just with its data center) also carries a red DOWN pill.
 */
final class ServerPainter {

    static final double CAP = 7;
    static final double CHIP_WIDTH = 14;
    static final double CHIP_HEIGHT = 7;
    static final double CHIP_GAP = 4;
    static final int MAX_CHIPS = 5;

    /** How a server body looks: up, down itself (hatched), or down with its data center or location (greyed). */
    enum Look { UP, DOWN, DOWN_WITH_PARENT }

    void full(Surface s, SceneServer server, double scale, CanvasPalette p, PoolColors colors) {
        LayoutBox b = server.box();
        body(s, server, scale, p);
        s.setFont(SERVER_LABEL);
        s.setFill(server.down() ? p.downText() : p.text());
        s.setTextAlign(TextAlign.CENTER);
        String label = CanvasFonts.fitted(s, server.label(), SERVER_LABEL, b.w() - 14);
        s.fillText(label, b.x() + b.w() / 2, b.y() + b.h() / 2 + 3);
        s.setTextAlign(TextAlign.LEFT);
        chips(s, server, scale, p, colors, true);
        if (server.ownDown()) {
            double w = s.textWidth("DOWN", BADGE) + 13;
            Shapes.pill(s, "DOWN", BADGE, b.x() + b.w() - w + 6, b.y() + 2, 13, p.danger(), p.onBadge());
        }
    }

    void outline(Surface s, SceneServer server, double scale, CanvasPalette p, PoolColors colors) {
        body(s, server, scale, p);
        chips(s, server, scale, p, colors, false);
        if (server.ownDown()) {
            LayoutBox b = server.box();
            s.setFill(p.danger());
            s.fillOval(b.x() + b.w() - 16, b.y() - 4, 16, 16);
        }
    }

    /**
     * A block: in the first pool's colour when the server holds an address, so deployments stand out;
     * a quiet grey otherwise; nearly blank when down, as if missing.
     */
    void dot(Surface s, SceneServer server, CanvasPalette p, PoolColors colors) {
        LayoutBox b = server.box();
        Rgba pool = server.chipPools().isEmpty() ? null : colors.of(server.chipPools().get(0));
        Rgba fill = server.down() ? p.downFill() : pool != null ? pool : p.dotFill();
        s.setFill(fill);
        s.fillRect(b.x() + 6, b.y() + 6, b.w() - 12, b.h() - 12);
    }

    /**
     * The body is stamped: a cylinder is a dozen antialiased shapes and a zoomed-in view shows hundreds of
     * servers, so a raster surface draws each look once per zoom and copies it.
     */
    private static void body(Surface s, SceneServer server, double scale, CanvasPalette p) {
        LayoutBox b = server.box();
        Look look = server.ownDown() ? Look.DOWN : server.down() ? Look.DOWN_WITH_PARENT : Look.UP;
        BodyStamp stamp = new BodyStamp(look, b.w(), b.h(), p, scale);
        double margin = BodyStamp.MARGIN;
        s.stamp(stamp, b.x() - margin, b.y() - margin, b.w() + 2 * margin, b.h() + 2 * margin, stamp);
    }

    /** The cylinder of a server box, with its shadow and, when down, its grey or hatching. */
    static void drawBody(Surface s, Look look, double bx, double by, double bw, double bh, double scale, CanvasPalette p) {
        double x = bx + 4;
        double w = bw - 8;
        double y = by + 2;
        double h = bh - 4;
        boolean down = look != Look.UP;
        if (scale >= 0.4 && !down) {
            s.setFill(p.shadow());
            for (int layer = 1; layer <= 2; layer++) {
                s.fillRect(x, y + CAP + layer, w, h - 2 * CAP);
                s.fillOval(x - layer + 1, y + h - 2 * CAP + layer, w + 2 * layer - 2, 2 * CAP);
            }
        }
        Shapes.cylinder(s, x, y, w, h, CAP, down ? p.downFill() : p.serverBody(), down ? p.downFill() : p.serverTop(),
                down ? p.downText() : p.serverStroke(), Math.max(1, 1 / scale));
        if (look == Look.DOWN) {
            Shapes.hatch(s, x, y + CAP, w, h - 2 * CAP, 0, p.hatch(), Math.max(9, 6 / scale), Math.max(1, 1 / scale));
        }
    }

    private void chips(Surface s, SceneServer server, double scale, CanvasPalette p, PoolColors colors,
                       boolean withOverflowText) {
        List<String> pools = server.chipPools();
        if (pools.isEmpty() || CHIP_HEIGHT * scale < 2) {
            return;
        }
        LayoutBox b = server.box();
        int shown = pools.size() > MAX_CHIPS ? MAX_CHIPS - 1 : pools.size();
        double total = shown * CHIP_WIDTH + (shown - 1) * CHIP_GAP + (shown < pools.size() ? CHIP_GAP + 20 : 0);
        double x = b.x() + (b.w() - total) / 2;
        double y = b.y() + b.h() - 24;
        for (int i = 0; i < shown; i++) {
            Rgba color = colors.of(pools.get(i));
            if (color == null) {
                s.setStroke(p.danger());
                s.setLineWidth(Math.max(1, 1 / scale));
                s.strokeRoundRect(x, y, CHIP_WIDTH, CHIP_HEIGHT, CHIP_HEIGHT, CHIP_HEIGHT);
            } else {
                s.setFill(server.down() ? color.desaturate().fade(0.5) : color);
                s.fillRoundRect(x, y, CHIP_WIDTH, CHIP_HEIGHT, CHIP_HEIGHT, CHIP_HEIGHT);
            }
            x += CHIP_WIDTH + CHIP_GAP;
        }
        if (shown < pools.size() && withOverflowText) {
            s.setFont(BADGE);
            s.setFill(p.mutedText());
            s.fillText("+" + (pools.size() - shown), x, y + CHIP_HEIGHT);
        }
    }
}
