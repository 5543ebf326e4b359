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

    private final ServerSprites sprites = new ServerSprites();

    void setPixelRatio(double ratio) {
        sprites.setPixelRatio(ratio);
    }

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
        Look look = server.ownDown() ? Look.DOWN : server.down() ? Look.DOWN_WITH_PARENT : Look.UP;
        if (!sprites.draw(gc, look, b, scale, p)) {
            drawBody(gc, look, b.x(), b.y(), b.w(), b.h(), scale, p);
        }
    }

    /** How a server body looks: up, down itself (hatched), or down with its data center or location (greyed). */
    enum Look { UP, DOWN, DOWN_WITH_PARENT }

    /** The cylinder of a server box, with its shadow and, when down, its grey or hatching. */
    static void drawBody(GraphicsContext gc, Look look, double bx, double by, double bw, double bh, double scale, CanvasPalette p) {
        double x = bx + 4;
        double w = bw - 8;
        double y = by + 2;
        double h = bh - 4;
        boolean down = look != Look.UP;
        if (scale >= 0.4 && !down) {
            gc.setFill(p.shadow());
            for (int layer = 1; layer <= 2; layer++) {
                gc.fillRect(x, y + CAP + layer, w, h - 2 * CAP);
                gc.fillOval(x - layer + 1, y + h - 2 * CAP + layer, w + 2 * layer - 2, 2 * CAP);
            }
        }
        Shapes.cylinder(gc, x, y, w, h, CAP, down ? p.downFill() : p.serverBody(), down ? p.downFill() : p.serverTop(),
                down ? p.downText() : p.serverStroke(), Math.max(1, 1 / scale));
        if (look == Look.DOWN) {
            Shapes.hatch(gc, x, y + CAP, w, h - 2 * CAP, 0, p.hatch(), Math.max(9, 6 / scale), Math.max(1, 1 / scale));
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
