package dev.aegisplanner.app.map;

import dev.aegisplanner.app.map.GeoMath.LatLon;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/** Backbone links, origins and locations: the topology on the map, drawn in every world copy in view. */
final class TopologyLayer {

    /** Past this many links the latency labels are left out: they would only cover each other. */
    private static final int MAX_LINK_LABELS = 150;
    /** Above this zoom (pixels per degree) labels carry names, not only ids. */
    private static final double NAMES_SCALE = 7;

    private final GraphicsContext g;
    private final MapViewport view;
    private final MapPalette palette;
    private final double[] shifts;
    /** Where each location's name went, by location id, as drawn: what a test or a tooltip can ask about. */
    private final Map<String, Rectangle2D> labelled = new HashMap<>();

    TopologyLayer(GraphicsContext g, MapViewport view, MapPalette palette) {
        this.g = g;
        this.view = view;
        this.palette = palette;
        this.shifts = BaseMapLayer.worldShifts(view);
    }

    /** The great circle of every link between two known locations, computed once per topology. */
    static Map<Link, List<LatLon>> arcs(Topology topology, Map<String, LocationSummary> summaries) {
        Map<Link, List<LatLon>> arcs = new java.util.LinkedHashMap<>();
        for (Link link : topology.links()) {
            LocationSummary a = summaries.get(link.from());
            LocationSummary b = summaries.get(link.to());
            if (a != null && b != null && a != b) {
                LatLon from = at(a.location());
                LatLon to = new LatLon(b.location().lat(), GeoMath.unwrap(b.location().lon(), from.lon()));
                arcs.putIfAbsent(link, GeoMath.arc(from, to, 2));
            }
        }
        return arcs;
    }

    /**
     * Links as great circles with their latency. While a path is shown ({@code onPath} not empty) links are
     * dimmed, and links between two of its locations go unlabelled: the path carries that latency itself.
     */
    void drawLinks(Map<Link, List<LatLon>> linkArcs, Set<String> onPath) {
        boolean dimmed = !onPath.isEmpty();
        List<Link> labelled = new ArrayList<>();
        List<List<LatLon>> arcs = new ArrayList<>();
        // One path for every link: a stroke per link costs more than the lines themselves.
        g.beginPath();
        for (Map.Entry<Link, List<LatLon>> entry : linkArcs.entrySet()) {
            Link link = entry.getKey();
            List<LatLon> arc = entry.getValue();
            for (double shift : shifts) {
                addPolyline(arc, shift);
            }
            if (!(onPath.contains(link.from()) && onPath.contains(link.to()))) {
                labelled.add(link);
                arcs.add(arc);
            }
        }
        g.setLineCap(StrokeLineCap.ROUND);
        g.setStroke(dimmed ? palette.link().deriveColor(0, 1, 1, 0.45) : palette.link());
        g.setLineWidth(1.3);
        g.stroke();
        if (labelled.size() <= MAX_LINK_LABELS) {
            for (int i = 0; i < labelled.size(); i++) {
                labelLink(labelled.get(i), arcs.get(i));
            }
        }
    }

    /** Adds an arc to the current path when any of it can be in view. */
    private void addPolyline(List<LatLon> points, double shift) {
        double west = view.westLon() - shift;
        double east = view.eastLon() - shift;
        boolean visible = false;
        for (LatLon p : points) {
            if (p.lon() >= west && p.lon() <= east) {
                visible = true;
                break;
            }
        }
        if (!visible) {
            return;
        }
        g.moveTo(view.x(points.get(0).lon() + shift), view.y(points.get(0).lat()));
        for (int i = 1; i < points.size(); i++) {
            g.lineTo(view.x(points.get(i).lon() + shift), view.y(points.get(i).lat()));
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

    /** The origins' diamonds; their names come after the locations' ({@link #labelOrigins}). */
    void drawOrigins(Topology topology, LabelPlacer labels) {
        forEachOriginInView(topology, (origin, x, y) -> {
            MapMarkers.origin(g, x, y, palette);
            labels.block(x - 6, y - 6, 12, 12);
        });
    }

    /** The origins' names, where the locations' markers and names leave room. */
    void labelOrigins(Topology topology, LabelPlacer labels) {
        forEachOriginInView(topology, (origin, x, y) -> {
            String label = origin.displayName();
            double w = MapText.width(label, MapText.LABEL);
            if (labels.claim(x + 8, y - 8, w, MapText.height(MapText.LABEL))) {
                MapText.haloed(g, label, x + 8, y - 8, MapText.LABEL, palette.origin(), palette.halo());
            }
        });
    }

    private interface OriginAt {
        void accept(Origin origin, double x, double y);
    }

    private void forEachOriginInView(Topology topology, OriginAt action) {
        for (Origin origin : topology.origins()) {
            if (!origin.hasCoordinates()) {
                continue;
            }
            for (double shift : shifts) {
                double x = view.x(origin.lon() + shift);
                double y = view.y(origin.lat());
                if (x >= -40 && x <= view.width() + 40 && y >= -40 && y <= view.height() + 40) {
                    action.accept(origin, x, y);
                }
            }
        }
    }

    /**
     * Markers for every location, then labels: the ones in {@code first} (the path's ends), then bigger metros
     * before smaller ones, each only where it does not cover another. Locations that would be drawn on top of
     * each other at this zoom share one counted marker ({@link LocationClusters}), labelled with the most
     * important one's name and how many more it stands for; the path's locations always stand alone.
     *
     * @return the markers drawn, for finding what is under the pointer
     */
    List<LocationClusters.Cluster> drawLocations(Map<String, LocationSummary> summaries, Set<String> first,
                                                 LabelPlacer labels) {
        List<LocationSummary> ordered = new ArrayList<>(summaries.values());
        ordered.sort(Comparator.comparing((LocationSummary s) -> !first.contains(s.location().id()))
                .thenComparing(Comparator.comparingInt(LocationSummary::servers).reversed())
                .thenComparing(s -> s.location().id()));
        List<LocationClusters.Cluster> drawn = new ArrayList<>();
        for (double shift : shifts) {
            for (LocationClusters.Cluster c : LocationClusters.of(ordered, view, shift, first)) {
                if (c.x() > -20 && c.x() < view.width() + 20 && c.y() > -20 && c.y() < view.height() + 20) {
                    double r = radius(c);
                    labels.block(c.x() - r, c.y() - r, 2 * r, 2 * r);
                    drawn.add(c);
                }
            }
        }
        // The least important first, so the path's ends and a proposal's holders are drawn over their neighbours.
        for (int i = drawn.size() - 1; i >= 0; i--) {
            LocationClusters.Cluster c = drawn.get(i);
            if (c.isSingle()) {
                MapMarkers.location(g, c.x(), c.y(), radius(c), colour(c.health()), palette);
            } else {
                MapMarkers.cluster(g, c.x(), c.y(), radius(c), c.size(), colour(c.health()), palette);
            }
        }
        // A marker at the view's right edge has fewer places for its name: it chooses before its neighbours do.
        List<Label> byRoom = new ArrayList<>(drawn.size());
        for (LocationClusters.Cluster c : drawn) {
            String text = text(c);
            byRoom.add(new Label(c, text, MapText.width(text, MapText.LABEL)));
        }
        byRoom.sort(Comparator.comparing((Label l) -> !first.contains(l.cluster().primary().location().id()))
                .thenComparing(l -> l.cluster().x() + radius(l.cluster()) + 3 + l.width() <= view.width()));
        for (Label label : byRoom) {
            label(label, labels);
        }
        return drawn;
    }

    /** A marker's label, its text measured once for both the order of choosing and the placing. */
    private record Label(LocationClusters.Cluster cluster, String text, double width) {
    }

    /** A marker's radius: a location's own; a cluster's grows slowly with how many it holds. */
    static double radius(LocationClusters.Cluster c) {
        return c.isSingle() ? c.primary().radius() : Math.min(16, 8 + 2 * Math.log(c.size()) / Math.log(2));
    }

    /** A marker's label: the location's id, with its name when zoomed in; a cluster's most important id and count. */
    private String text(LocationClusters.Cluster c) {
        Location l = c.primary().location();
        String name = view.scale() >= NAMES_SCALE && !l.displayName().equals(l.id())
                ? l.displayName() + " (" + l.id() + ")" : l.id();
        return c.isSingle() ? name : l.id() + " +" + (c.size() - 1);
    }

    private void label(Label label, LabelPlacer labels) {
        LocationClusters.Cluster c = label.cluster();
        Location l = c.primary().location();
        String text = label.text();
        double w = label.width();
        double h = MapText.height(MapText.LABEL);
        double x = c.x();
        double y = c.y();
        if (x < -w - 20 || x > view.width() + 20 || y < -20 || y > view.height() + 20) {
            return;
        }
        double gap = radius(c) + 3;
        // Right of the marker, else left, above, below, then the corners: the first free spot inside the view
        // wins, so a name at the map's edge turns inwards; one with no room inside is left out, never cut ("Warsa").
        double[][] spots = {{x + gap, y - h / 2}, {x - gap - w, y - h / 2}, {x - w / 2, y - gap - h},
                {x - w / 2, y + gap}, {x - w, y - gap - h}, {x, y - gap - h}, {x - w, y + gap}, {x, y + gap}};
        for (double[] spot : spots) {
            if (inView(spot[0], spot[1], w, h) && labels.claim(spot[0], spot[1], w, h)) {
                Color fill = c.health() == LocationSummary.Health.DOWN ? palette.muted() : palette.text();
                MapText.haloed(g, text, spot[0], spot[1], MapText.LABEL, fill, palette.halo());
                labelled.putIfAbsent(l.id(), new Rectangle2D(spot[0], spot[1], w, h));
                return;
            }
        }
    }

    private boolean inView(double x, double y, double w, double h) {
        return x >= 0 && y >= 0 && x + w <= view.width() && y + h <= view.height();
    }

    /** The locations' names drawn by {@link #drawLocations}: where each went, by location id. */
    Map<String, Rectangle2D> labelled() {
        // This layer is drawn once and dropped: its map can be handed over as it is.
        return Collections.unmodifiableMap(labelled);
    }

    Color colour(LocationSummary.Health health) {
        return switch (health) {
            case UP -> palette.up();
            case PARTLY_DOWN -> palette.partlyDown();
            case DOWN -> palette.down();
        };
    }

    private static LatLon at(Location location) {
        return new LatLon(location.lat(), location.lon());
    }
}
