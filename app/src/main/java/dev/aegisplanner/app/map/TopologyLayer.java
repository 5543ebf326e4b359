package dev.aegisplanner.app.map;

import dev.aegisplanner.app.map.GeoMath.LatLon;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/** Backbone links, origins and locations: the topology on the map, drawn in every world copy in view. */
final class TopologyLayer {

    /** Above this zoom (pixels per degree) labels carry names, not only ids. */
    private static final double NAMES_SCALE = 7;

    private final GraphicsContext g;
    private final MapViewport view;
    private final MapPalette palette;
    private final double[] shifts;

    TopologyLayer(GraphicsContext g, MapViewport view, MapPalette palette) {
        this.g = g;
        this.view = view;
        this.palette = palette;
        this.shifts = BaseMapLayer.worldShifts(view);
    }

    /**
     * Links as great circles with their latency. While a path is shown ({@code onPath} not empty) links are
     * dimmed, and links between two of its locations go unlabelled: the path carries that latency itself.
     */
    void drawLinks(Topology topology, Map<String, LocationSummary> summaries, Set<String> onPath) {
        boolean dimmed = !onPath.isEmpty();
        g.setLineCap(StrokeLineCap.ROUND);
        for (Link link : topology.links()) {
            LocationSummary a = summaries.get(link.from());
            LocationSummary b = summaries.get(link.to());
            if (a == null || b == null || a == b) {
                continue;
            }
            LatLon from = at(a.location());
            LatLon to = new LatLon(b.location().lat(), GeoMath.unwrap(b.location().lon(), from.lon()));
            List<LatLon> arc = GeoMath.arc(from, to, 2);
            Color colour = dimmed ? palette.link().deriveColor(0, 1, 1, 0.45) : palette.link();
            for (double shift : shifts) {
                polyline(arc, shift, colour, 1.3);
            }
            if (!(onPath.contains(link.from()) && onPath.contains(link.to()))) {
                labelLink(link, arc);
            }
        }
    }

    private void labelLink(Link link, List<LatLon> arc) {
        LatLon mid = arc.get(arc.size() / 2);
        LatLon first = arc.get(0);
        LatLon last = arc.get(arc.size() - 1);
        double length = Math.hypot(view.x(last.lon()) - view.x(first.lon()), view.y(last.lat()) - view.y(first.lat()));
        if (length < 110) {
            return;
        }
        String text = Quantity.millis(link.latencyMs());
        for (double shift : shifts) {
            double x = view.x(mid.lon() + shift);
            double y = view.y(mid.lat());
            if (x > -50 && x < view.width() + 50 && y > -20 && y < view.height() + 20) {
                MapText.haloed(g, text, x - MapText.width(text, MapText.SMALL) / 2, y - 7, MapText.SMALL,
                        palette.muted(), palette.halo());
            }
        }
    }

    void drawOrigins(Topology topology, LabelPlacer labels) {
        for (Origin origin : topology.origins()) {
            if (!origin.hasCoordinates()) {
                continue;
            }
            for (double shift : shifts) {
                double x = view.x(origin.lon() + shift);
                double y = view.y(origin.lat());
                if (x < -40 || x > view.width() + 40 || y < -40 || y > view.height() + 40) {
                    continue;
                }
                MapMarkers.origin(g, x, y, palette);
                String label = origin.displayName();
                double w = MapText.width(label, MapText.LABEL);
                if (labels.claim(x + 8, y - 8, w, MapText.height(MapText.LABEL))) {
                    MapText.haloed(g, label, x + 8, y - 8, MapText.LABEL, palette.origin(), palette.halo());
                }
            }
        }
    }

    /**
     * Dots for every location, then labels: the ones in {@code first} (the path's ends), then bigger metros
     * before smaller ones, each only where it does not cover another.
     */
    void drawLocations(Map<String, LocationSummary> summaries, Set<String> first, LabelPlacer labels) {
        List<LocationSummary> ordered = new ArrayList<>(summaries.values());
        for (LocationSummary s : ordered) {
            for (double shift : shifts) {
                double x = view.x(s.location().lon() + shift);
                double y = view.y(s.location().lat());
                if (x > -20 && x < view.width() + 20 && y > -20 && y < view.height() + 20) {
                    MapMarkers.location(g, x, y, s.radius(), colour(s.health()), palette);
                    labels.block(x - s.radius(), y - s.radius(), 2 * s.radius(), 2 * s.radius());
                }
            }
        }
        ordered.sort(Comparator.comparing((LocationSummary s) -> !first.contains(s.location().id()))
                .thenComparing(Comparator.comparingInt(LocationSummary::servers).reversed())
                .thenComparing(s -> s.location().id()));
        for (LocationSummary s : ordered) {
            label(s, labels);
        }
    }

    private void label(LocationSummary s, LabelPlacer labels) {
        Location l = s.location();
        String text = view.scale() >= NAMES_SCALE && !l.displayName().equals(l.id())
                ? l.displayName() + " (" + l.id() + ")" : l.id();
        double w = MapText.width(text, MapText.LABEL);
        double h = MapText.height(MapText.LABEL);
        for (double shift : shifts) {
            double x = view.x(l.lon() + shift);
            double y = view.y(l.lat());
            if (x < -w - 20 || x > view.width() + 20 || y < -20 || y > view.height() + 20) {
                continue;
            }
            double gap = s.radius() + 3;
            // Right of the dot, else left, else above: the first free spot wins.
            double[][] spots = {{x + gap, y - h / 2}, {x - gap - w, y - h / 2}, {x - w / 2, y - gap - h}};
            for (double[] spot : spots) {
                if (labels.claim(spot[0], spot[1], w, h)) {
                    Color fill = s.health() == LocationSummary.Health.DOWN ? palette.muted() : palette.text();
                    MapText.haloed(g, text, spot[0], spot[1], MapText.LABEL, fill, palette.halo());
                    break;
                }
            }
        }
    }

    Color colour(LocationSummary.Health health) {
        return switch (health) {
            case UP -> palette.up();
            case PARTLY_DOWN -> palette.partlyDown();
            case DOWN -> palette.down();
        };
    }

    private void polyline(List<LatLon> points, double shift, Color colour, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.beginPath();
        boolean firstPoint = true;
        for (LatLon p : points) {
            double x = view.x(p.lon() + shift);
            double y = view.y(p.lat());
            if (firstPoint) {
                g.moveTo(x, y);
                firstPoint = false;
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }

    private static LatLon at(Location location) {
        return new LatLon(location.lat(), location.lon());
    }
}
