package dev.aegisplanner.app.map;

import dev.aegisplanner.app.trace.TierPalette;
import dev.aegisplanner.app.map.GeoMath.LatLon;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.image.WritableImage;

/**
 * Draws a {@link MapContent} onto a canvas: the world, the backbone, locations coloured by health, origins, and
 * a traced path with its packet and explanation. Holds no view state, so the window's {@link MapView} and a
 * headless export draw exactly the same picture.
 */
public final class MapRenderer {

    /** A path inside one metro is still shown with this much longitude around it, so it has a context. */
    static final double PATH_CONTEXT_DEGREES = 50;

    /** Pixels a fitted view keeps clear at the top (trace card) and bottom (legend). */
    static final double CARD_INSET = 130;
    /**
     * A map shorter than this leaves out the trace card: it would cover a good part of the path, and the Trace
     * panel beside the map says the same.
     */
    static final double CARD_MIN_MAP_HEIGHT = 460;
    static final double LEGEND_INSET = 44;

    private MapPalette palette;
    private boolean traceCardShown = true;
    private MapHeat heat = MapHeat.NONE;
    private Set<String> standingAlone = Set.of();
    /** Summaries are per topology value; a playing trace redraws sixty times a second with the same one. */
    private Topology summarised;
    private Map<String, LocationSummary> summaries = Map.of();
    private Map<Link, List<LatLon>> linkArcs = Map.of();
    /** The location markers last drawn, for what is under the pointer. */
    private List<LocationClusters.Cluster> clusters = List.of();
    /** Where the locations' names were last drawn, by location id. */
    private Map<String, Rectangle2D> labelled = Map.of();

    public MapRenderer(MapPalette palette) {
        this.palette = palette;
    }

    public MapPalette palette() {
        return palette;
    }

    public void setPalette(MapPalette palette) {
        this.palette = palette;
    }

    /** Whether a traced path comes with its card (tier, ingress, egress, reason); a presentation captions it itself. */
    public void setTraceCardShown(boolean shown) {
        this.traceCardShown = shown;
    }

    MapHeat heat() {
        return heat;
    }

    /** What an analysis view lays over the locations (coverage rings, capacity bubbles); {@link MapHeat#NONE} for none. */
    public void setHeat(MapHeat value) {
        this.heat = value == null ? MapHeat.NONE : value;
    }

    /**
     * Locations drawn apart and named before others, never merged into a counted cluster: what a view is about
     * (a proposal's holders), as a traced path's locations are.
     */
    public void setStandingAlone(Set<String> ids) {
        this.standingAlone = Set.copyOf(ids);
    }

    /**
     * The content as an image: framed on the traced path when there is one, else on all locations and origins.
     * Must run on the JavaFX application thread (headless Monocle will do).
     */
    public WritableImage snapshot(MapContent content, int width, int height) {
        Canvas canvas = new Canvas(width, height);
        MapViewport view = new MapViewport();
        view.resize(width, height);
        frame(view, content);
        render(canvas.getGraphicsContext2D(), view, content);
        return canvas.snapshot(null, null);
    }

    /** Frames the path with some country around it; without a path, everything with coordinates. */
    static void frame(MapViewport view, MapContent content) {
        List<LatLon> path = content.trace() == null ? List.of()
                : TraceRoute.of(content.topology(), content.trace()).map(TraceRoute::globePlaces).orElse(List.of());
        if (path.isEmpty()) {
            view.fit(places(content), 6, 0, 0, LEGEND_INSET);
        } else {
            view.fit(path, 8, PATH_CONTEXT_DEGREES, view.height() >= CARD_MIN_MAP_HEIGHT ? CARD_INSET : 0,
                    LEGEND_INSET + TraceRoute.SIDE_OFFSET_Y);
        }
    }

    /** The places a map of this content should show: locations, origins with coordinates. */
    static List<LatLon> places(MapContent content) {
        List<LatLon> places = new ArrayList<>();
        for (Location l : content.topology().locations()) {
            places.add(new LatLon(l.lat(), l.lon()));
        }
        for (Origin o : content.topology().origins()) {
            if (o.hasCoordinates()) {
                places.add(new LatLon(o.lat(), o.lon()));
            }
        }
        return places;
    }

    void render(GraphicsContext g, MapViewport view, MapContent content) {
        g.save();
        Map<String, LocationSummary> byId = summaries(content.topology());
        BaseMapLayer.draw(g, view, palette, WorldMapData.get());
        Optional<TraceLayer> trace = content.trace() == null ? Optional.empty()
                : TraceRoute.of(content.topology(), content.trace()).map(r -> new TraceLayer(g, view, palette, r));
        TopologyLayer topology = new TopologyLayer(g, view, palette);
        Set<String> onPath = trace.map(TraceLayer::locations).orElse(Set.of());
        topology.drawLinks(linkArcs, onPath);
        HeatLayer.draw(g, view, content.topology(), heat);
        trace.ifPresent(t -> t.drawPath(content.packetPosition(), byId));
        MapCards cards = new MapCards(g, view, palette);
        LabelPlacer labels = new LabelPlacer();
        MapCards.Card card = trace.isPresent() && traceCardShown && view.height() >= CARD_MIN_MAP_HEIGHT
                ? cards.trace(content.trace(), content.topology()) : null;
        if (card != null) {
            labels.block(card.x(), card.y(), card.width(), card.height());
        }
        Color path = content.trace() == null ? null : TierPalette.colour(content.trace().tier());
        double[] legend = cards.legendBounds(trace.isPresent() ? path : null);
        labels.block(legend[0], legend[1], legend[2], legend[3]);
        topology.drawOrigins(content.topology(), labels);
        Set<String> alone = new HashSet<>(onPath);
        alone.addAll(standingAlone);
        clusters = topology.drawLocations(byId, alone, labels);
        labelled = topology.labelled();
        topology.labelOrigins(content.topology(), labels);
        trace.ifPresent(t -> t.drawPacket(content.packetPosition()));
        if (card != null) {
            cards.draw(card);
        }
        cards.drawLegend(trace.isPresent() ? path : null);
        cards.drawAttribution();
        LocationSummary hovered = content.hoveredLocation() == null ? null : byId.get(content.hoveredLocation());
        if (hovered != null && inView(view, hovered)) {
            cards.draw(cards.location(hovered, view.x(nearestCopy(hovered.location().lon(), view)),
                    view.y(hovered.location().lat())));
        }
        g.restore();
    }

    private static boolean inView(MapViewport view, LocationSummary s) {
        double x = view.x(nearestCopy(s.location().lon(), view));
        double y = view.y(s.location().lat());
        return x >= 0 && x <= view.width() && y >= 0 && y <= view.height();
    }

    /**
     * How many locations the marker last drawn under a screen point stands for (1 for a location of its own, 0
     * for none): a click on a cluster zooms in on it rather than picking one of its locations.
     */
    int clusterSizeAt(double x, double y) {
        for (LocationClusters.Cluster c : clusters) {
            if (Math.hypot(c.x() - x, c.y() - y) <= TopologyLayer.radius(c) + 4) {
                return c.size();
            }
        }
        return 0;
    }

    /** Where a location's name was last drawn; empty when it was left out (no room, or out of view). */
    Optional<Rectangle2D> labelBounds(String locationId) {
        return Optional.ofNullable(labelled.get(locationId));
    }

    /** The id of the location whose dot is under a screen point, if any. */
    Optional<String> locationAt(MapViewport view, Topology topology, double x, double y) {
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (LocationSummary s : summaries(topology).values()) {
            double lon = nearestCopy(s.location().lon(), view, x);
            double d = Math.hypot(view.x(lon) - x, view.y(s.location().lat()) - y);
            if (d <= s.radius() + 4 && d < bestDistance) {
                best = s.location().id();
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double nearestCopy(double lon, MapViewport view) {
        return nearestCopy(lon, view, view.width() / 2);
    }

    private static double nearestCopy(double lon, MapViewport view, double screenX) {
        return GeoMath.unwrap(lon, view.lon(screenX));
    }

    private Map<String, LocationSummary> summaries(Topology topology) {
        if (topology != summarised) {
            Map<String, LocationSummary> byId = new LinkedHashMap<>();
            for (Location location : topology.locations()) {
                byId.putIfAbsent(location.id(), LocationSummary.of(location));
            }
            summaries = byId;
            linkArcs = TopologyLayer.arcs(topology, byId);
            summarised = topology;
        }
        return summaries;
    }
}
