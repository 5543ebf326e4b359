package dev.aegisplanner.app.canvas.render;

import static dev.aegisplanner.app.canvas.render.CanvasFonts.BADGE;
import static dev.aegisplanner.app.canvas.render.CanvasFonts.SERVER_LABEL;

import dev.aegisplanner.app.canvas.scene.SceneServer;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

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

    void full(GraphicsContext gc, SceneServer server, double scale, CanvasPalette p, PoolColors colors) {
        LayoutBox b = server.box();
        body(gc, server, scale, p);
        gc.setFont(SERVER_LABEL);
        gc.setFill(server.down() ? p.downText() : p.text());
        gc.setTextAlign(TextAlignment.CENTER);
        String label = CanvasFonts.fitted(server.label(), SERVER_LABEL, b.w() - 14);
        gc.fillText(label, b.x() + b.w() / 2, b.y() + b.h() / 2 + 3);
        gc.setTextAlign(TextAlignment.LEFT);
        chips(gc, server, scale, p, colors, true);
        if (server.ownDown()) {
            double w = CanvasFonts.width("DOWN", BADGE) + 13;
            Shapes.pill(gc, "DOWN", BADGE, b.x() + b.w() - w + 6, b.y() + 2, 13, p.danger(), p.onBadge());
        }
    }

    void outline(GraphicsContext gc, SceneServer server, double scale, CanvasPalette p, PoolColors colors) {
        body(gc, server, scale, p);
        chips(gc, server, scale, p, colors, false);
        if (server.ownDown()) {
            LayoutBox b = server.box();
            gc.setFill(p.danger());
            gc.fillOval(b.x() + b.w() - 16, b.y() - 4, 16, 16);
        }
    }

    /**
     * A block: in the first pool's colour when the server holds an address, so deployments stand out;
     * a quiet grey otherwise; nearly blank when down, as if missing.
     */
    void dot(GraphicsContext gc, SceneServer server, CanvasPalette p, PoolColors colors) {
        LayoutBox b = server.box();
        Color pool = server.chipPools().isEmpty() ? null : colors.of(server.chipPools().get(0));
        Color fill = server.down() ? p.downFill() : pool != null ? pool : p.dotFill();
        gc.setFill(fill);
        gc.fillRect(b.x() + 6, b.y() + 6, b.w() - 12, b.h() - 12);
    }

    private void body(GraphicsContext gc, SceneServer server, double scale, CanvasPalette p) {
        LayoutBox b = server.box();
        double x = b.x() + 4;
        double w = b.w() - 8;
        double y = b.y() + 2;
        double h = b.h() - 4;
        Color stroke = server.down() ? p.downText() : p.serverStroke();
        if (scale >= 0.4 && !server.down()) {
            gc.setFill(p.shadow());
            gc.fillRect(x + 1, y + CAP + 2, w, h - 2 * CAP);
            gc.fillOval(x + 1, y + h - 2 * CAP + 2, w, 2 * CAP);
        }
        Shapes.cylinder(gc, x, y, w, h, CAP, server.down() ? p.downFill() : p.serverBody(),
                server.down() ? p.downFill() : p.serverTop(), stroke, Math.max(1, 1 / scale));
        if (server.ownDown()) {
            Shapes.hatch(gc, x, y + CAP, w, h - 2 * CAP, 0, p.hatch(), 9, 1);
        }
    }

    private void chips(GraphicsContext gc, SceneServer server, double scale, CanvasPalette p, PoolColors colors,
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
            Color color = colors.of(pools.get(i));
            if (color == null) {
                gc.setStroke(p.danger());
                gc.setLineWidth(Math.max(1, 1 / scale));
                gc.strokeRoundRect(x, y, CHIP_WIDTH, CHIP_HEIGHT, CHIP_HEIGHT, CHIP_HEIGHT);
            } else {
                gc.setFill(server.down() ? color.desaturate().deriveColor(0, 1, 1, 0.5) : color);
                gc.fillRoundRect(x, y, CHIP_WIDTH, CHIP_HEIGHT, CHIP_HEIGHT, CHIP_HEIGHT);
            }
            x += CHIP_WIDTH + CHIP_GAP;
        }
        if (shown < pools.size() && withOverflowText) {
            gc.setFont(BADGE);
            gc.setFill(p.mutedText());
            gc.fillText("+" + (pools.size() - shown), x, y + CHIP_HEIGHT);
        }
    }
}
