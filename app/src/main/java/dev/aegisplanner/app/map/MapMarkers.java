package dev.aegisplanner.app.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** The map's symbols: location dots, origin diamonds, the client, the packet, a failure cross. */
final class MapMarkers {

    private MapMarkers() {
    }

    static void location(GraphicsContext g, double x, double y, double r, Color fill, MapPalette palette) {
        g.setFill(fill.deriveColor(0, 1, 1, 0.22));
        g.fillOval(x - r - 2.5, y - r - 2.5, 2 * r + 5, 2 * r + 5);
        g.setFill(fill);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(palette.halo().deriveColor(0, 1, 1, 1 / palette.halo().getOpacity()));
        g.setLineWidth(1.5);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    /** Several locations drawn as one: a larger disc with how many it stands for. */
    static void cluster(GraphicsContext g, double x, double y, double r, int count, Color fill, MapPalette palette) {
        location(g, x, y, r, fill, palette);
        String text = Integer.toString(count);
        Font font = Font.font(MapText.LABEL.getFamily(), FontWeight.BOLD, r > 11 ? 11 : 10);
        g.setFont(font);
        g.setFill(Color.WHITE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y + 0.5);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    static void origin(GraphicsContext g, double x, double y, MapPalette palette) {
        double r = 6;
        double[] xs = {x, x + r, x, x - r};
        double[] ys = {y - r, y, y + r, y};
        g.setFill(palette.origin());
        g.fillPolygon(xs, ys, 4);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        g.strokePolygon(xs, ys, 4);
    }

    static void client(GraphicsContext g, double x, double y, MapPalette palette) {
        g.setFill(palette.card());
        g.fillRoundRect(x - 9, y - 7, 18, 14, 4, 4);
        g.setStroke(palette.muted());
        g.setLineWidth(1.5);
        g.strokeRoundRect(x - 9, y - 7, 18, 14, 4, 4);
        g.strokeLine(x - 5, y + 3, x + 5, y + 3);
    }

    /** A ring around a location the path passes. */
    static void ring(GraphicsContext g, double x, double y, double r, Color colour) {
        g.setStroke(colour);
        g.setLineWidth(2.5);
        g.strokeOval(x - r - 5, y - r - 5, 2 * r + 10, 2 * r + 10);
    }

    /** The packet, in the colour of the path it travels (its tier's). */
    static void packet(GraphicsContext g, double x, double y, Color colour) {
        g.setFill(colour.deriveColor(0, 1, 1, 0.18));
        g.fillOval(x - 14, y - 14, 28, 28);
        g.setFill(colour.deriveColor(0, 1, 1, 0.35));
        g.fillOval(x - 9, y - 9, 18, 18);
        g.setFill(Color.WHITE);
        g.fillOval(x - 5, y - 5, 10, 10);
        g.setStroke(colour);
        g.setLineWidth(2.5);
        g.strokeOval(x - 5, y - 5, 10, 10);
    }

    static void failure(GraphicsContext g, double x, double y, MapPalette palette) {
        g.setStroke(palette.failure());
        g.setLineWidth(3);
        g.strokeLine(x - 6, y - 6, x + 6, y + 6);
        g.strokeLine(x - 6, y + 6, x + 6, y - 6);
    }

    /** An arrowhead at (x, y) pointing along (dx, dy). */
    static void arrow(GraphicsContext g, double x, double y, double dx, double dy, Color colour) {
        double len = Math.hypot(dx, dy);
        if (len < 1e-6) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double size = 7;
        g.setFill(colour);
        g.fillPolygon(new double[] {x + ux * size, x - ux * size - uy * size * 0.7, x - ux * size + uy * size * 0.7},
                new double[] {y + uy * size, y - uy * size + ux * size * 0.7, y - uy * size - ux * size * 0.7}, 3);
    }
}
