package dev.aegisplanner.app.map;

import dev.aegisplanner.app.map.WorldMapData.Shape;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Sea, graticule, land and borders. Every shape is drawn in each copy of the world that is in view (the map
 * repeats sideways) and skipped when its bounding box is not; points closer than a pixel to the last one drawn
 * are dropped, so the whole world costs a few thousand segments at any zoom.
 */
final class BaseMapLayer {

    private BaseMapLayer() {
    }

    /** Longitude shifts (multiples of 360) of the world copies that may be in view. */
    static double[] worldShifts(MapViewport view) {
        int first = (int) Math.floor((view.westLon() + 180) / 360) - 1;
        int last = (int) Math.floor((view.eastLon() + 180) / 360) + 1;
        double[] shifts = new double[last - first + 1];
        for (int k = first; k <= last; k++) {
            shifts[k - first] = 360.0 * k;
        }
        return shifts;
    }

    static void draw(GraphicsContext g, MapViewport view, MapPalette palette, WorldMapData world) {
        g.setFill(palette.ocean());
        g.fillRect(0, 0, view.width(), view.height());
        drawGraticule(g, view, palette);
        double[] shifts = worldShifts(view);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.beginPath();
        trace(g, view, world.land(), shifts, true);
        g.setFillRule(FillRule.EVEN_ODD);
        g.setFill(palette.land());
        g.fill();
        g.setStroke(palette.coast());
        g.setLineWidth(0.8);
        g.stroke();
        g.beginPath();
        trace(g, view, world.borders(), shifts, false);
        g.setStroke(palette.border());
        g.setLineWidth(0.7);
        g.stroke();
    }

    private static void trace(GraphicsContext g, MapViewport view, List<Shape> shapes, double[] shifts, boolean close) {
        double west = view.westLon();
        double east = view.eastLon();
        double north = view.lat(0);
        double south = view.lat(view.height());
        for (double shift : shifts) {
            for (Shape shape : shapes) {
                if (shape.east() + shift < west || shape.west() + shift > east
                        || shape.north() < south || shape.south() > north) {
                    continue;
                }
                double[] c = shape.coordinates();
                double lastX = view.x(c[0] + shift);
                double lastY = view.y(c[1]);
                g.moveTo(lastX, lastY);
                for (int i = 2; i < c.length; i += 2) {
                    double x = view.x(c[i] + shift);
                    double y = view.y(c[i + 1]);
                    if (Math.abs(x - lastX) >= 0.8 || Math.abs(y - lastY) >= 0.8 || i == c.length - 2) {
                        g.lineTo(x, y);
                        lastX = x;
                        lastY = y;
                    }
                }
                if (close) {
                    g.closePath();
                }
            }
        }
    }

    private static void drawGraticule(GraphicsContext g, MapViewport view, MapPalette palette) {
        double step = view.scale() > 24 ? 5 : view.scale() > 8 ? 10 : view.scale() > 3 ? 15 : 30;
        g.setStroke(palette.graticule());
        g.setLineWidth(0.6);
        double top = Math.max(0, view.y(90));
        double bottom = Math.min(view.height(), view.y(-90));
        for (double lon = Math.floor(view.westLon() / step) * step; lon <= view.eastLon(); lon += step) {
            double x = Math.round(view.x(lon)) + 0.5;
            g.strokeLine(x, top, x, bottom);
        }
        for (double lat = -90 + step; lat < 90; lat += step) {
            double y = Math.round(view.y(lat)) + 0.5;
            if (y >= 0 && y <= view.height()) {
                g.strokeLine(0, y, view.width(), y);
            }
        }
    }
}
