package dev.aegisplanner.app.map;

import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;

/**
 * Draws a {@link MapHeat} under the location dots: bubbles (largest first, so small ones stay on top) and rings
 * of segments, in every world copy in view.
 */
final class HeatLayer {

    private static final double MIN_BUBBLE = 7;
    private static final double MAX_BUBBLE = 42;
    private static final double RING_RADIUS = 12;
    private static final double RING_WIDTH = 5;

    private HeatLayer() {
    }

    static void draw(GraphicsContext g, MapViewport view, Topology topology, MapHeat heat) {
        if (heat.marks().isEmpty()) {
            return;
        }
        double[] shifts = BaseMapLayer.worldShifts(view);
        java.util.List<Location> located = topology.locations().stream()
                .filter(l -> heat.marks().containsKey(l.id()))
                .sorted(java.util.Comparator.comparingDouble((Location l) -> heat.marks().get(l.id()).amount()).reversed())
                .toList();
        for (Location location : located) {
            MapHeat.Mark mark = heat.marks().get(location.id());
            for (double shift : shifts) {
                double x = view.x(location.lon() + shift);
                double y = view.y(location.lat());
                if (x > -MAX_BUBBLE && x < view.width() + MAX_BUBBLE && y > -MAX_BUBBLE && y < view.height() + MAX_BUBBLE) {
                    bubble(g, x, y, mark, heat.largest());
                    ring(g, x, y, mark);
                }
            }
        }
    }

    /** Area in proportion to the amount: the radius grows with its square root. */
    private static void bubble(GraphicsContext g, double x, double y, MapHeat.Mark mark, double largest) {
        if (mark.amount() <= 0 || largest <= 0) {
            return;
        }
        double r = MIN_BUBBLE + (MAX_BUBBLE - MIN_BUBBLE) * Math.sqrt(mark.amount() / largest);
        g.setFill(fx(mark.colour(), 0.38));
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        if (mark.striped()) {
            g.save();
            g.beginPath();
            g.arc(x, y, r, r, 0, 360);
            g.closePath();
            g.clip();
            g.setStroke(fx(mark.colour(), 0.8));
            g.setLineWidth(2);
            for (double d = -2 * r; d < 2 * r; d += 6) {
                g.strokeLine(x + d - r, y + r, x + d + r, y - r);
            }
            g.restore();
        }
        g.setStroke(fx(mark.colour(), 1));
        g.setLineWidth(2);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private static void ring(GraphicsContext g, double x, double y, MapHeat.Mark mark) {
        double total = mark.ring().stream().mapToDouble(MapHeat.Segment::weight).sum();
        if (total <= 0) {
            return;
        }
        g.setLineWidth(RING_WIDTH);
        g.setLineCap(StrokeLineCap.BUTT);
        double start = 90;
        for (MapHeat.Segment segment : mark.ring()) {
            double extent = -360 * segment.weight() / total;
            g.setStroke(fx(segment.colour(), 1));
            g.strokeArc(x - RING_RADIUS, y - RING_RADIUS, 2 * RING_RADIUS, 2 * RING_RADIUS, start, extent, ArcType.OPEN);
            start += extent;
        }
    }

    private static Color fx(Rgba c, double opacity) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.opacity() * opacity);
    }
}
