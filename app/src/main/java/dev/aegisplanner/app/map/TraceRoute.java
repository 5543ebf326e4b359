package dev.aegisplanner.app.map;

import dev.aegisplanner.app.map.GeoMath.LatLon;
import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.engine.Hop;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each hop of a trace sits on the map, and the legs between them. Cache service, router and servers sit
 * at their location; the origin at its coordinates when it has them. The client has no coordinates, nor do some
 * origins: they are drawn at a fixed offset in pixels from the place they connect to, so they look the same at
 * every zoom. A forward the backbone decided follows its route through the locations between (great circle by
 * great circle), so the map shows the links that carry it. Longitudes are unwrapped along the whole path, so a
 * path across the Pacific stays one line.
 */
final class TraceRoute {

    static final double SIDE_OFFSET_X = 64;
    static final double SIDE_OFFSET_Y = 40;
    private static final double STEP_DEGREES = 1.5;

    /** A hop's place: a point on the globe, plus a screen offset in pixels for places without coordinates. */
    record Place(HopKind kind, LatLon at, double dx, double dy, String locationId) {

        boolean onGlobe() {
            return dx == 0 && dy == 0;
        }
    }

    private final TraceResult trace;
    private final List<Place> places;
    /** Per leg, the points on the globe it runs through (ends included); empty for legs drawn straight. */
    private final List<List<LatLon>> waypoints;
    private final List<String> via;

    private TraceRoute(TraceResult trace, List<Place> places, List<List<LatLon>> waypoints, List<String> via) {
        this.trace = trace;
        this.places = List.copyOf(places);
        this.waypoints = List.copyOf(waypoints);
        this.via = List.copyOf(via);
    }

    /** The route, or empty when the trace names a location the topology does not have. */
    static Optional<TraceRoute> of(Topology topology, TraceResult trace) {
        Optional<Location> ingress = topology.location(trace.ingress().location());
        if (ingress.isEmpty()) {
            return Optional.empty();
        }
        Endpoint egressPoint = trace.egress();
        Location egress = egressPoint == null ? ingress.get()
                : topology.location(egressPoint.location()).orElse(ingress.get());
        List<String> via = trace.backboneRoute()
                .map(r -> r.locations().subList(1, r.locations().size() - 1)).orElse(List.of());
        List<Place> places = new ArrayList<>();
        List<List<LatLon>> waypoints = new ArrayList<>();
        for (Hop hop : trace.hops()) {
            Place place = switch (hop.kind()) {
                case CLIENT -> new Place(hop.kind(), at(ingress.get()), -SIDE_OFFSET_X, SIDE_OFFSET_Y, null);
                case CACHE_SERVICE, EGRESS_ROUTER -> located(hop.kind(), ingress.get());
                case EGRESS_SERVER -> located(hop.kind(), egress);
                case ORIGIN -> origin(topology.origin(hop.elementId()), egress);
            };
            if (places.isEmpty()) {
                places.add(place);
                continue;
            }
            Place previous = places.get(places.size() - 1);
            List<LatLon> points = new ArrayList<>(List.of(previous.at()));
            if (hop.kind() == HopKind.EGRESS_SERVER) {
                via.forEach(id -> topology.location(id).ifPresent(l -> points.add(at(l))));
            }
            points.add(place.at());
            for (int i = 1; i < points.size(); i++) {
                LatLon p = points.get(i);
                points.set(i, new LatLon(p.lat(), GeoMath.unwrap(p.lon(), points.get(i - 1).lon())));
            }
            LatLon end = points.get(points.size() - 1);
            Place unwrapped = new Place(place.kind(), end, place.dx(), place.dy(), place.locationId());
            boolean curved = previous.onGlobe() && unwrapped.onGlobe() && length(points) > 1e-6;
            waypoints.add(curved ? List.copyOf(points) : List.of());
            places.add(unwrapped);
        }
        return Optional.of(new TraceRoute(trace, places, waypoints, via));
    }

    private static Place located(HopKind kind, Location location) {
        return new Place(kind, at(location), 0, 0, location.id());
    }

    private static Place origin(Optional<Origin> origin, Location from) {
        if (origin.isPresent() && origin.get().hasCoordinates()) {
            return new Place(HopKind.ORIGIN, new LatLon(origin.get().lat(), origin.get().lon()), 0, 0, null);
        }
        return new Place(HopKind.ORIGIN, at(from), SIDE_OFFSET_X, SIDE_OFFSET_Y, null);
    }

    private static LatLon at(Location location) {
        return new LatLon(location.lat(), location.lon());
    }

    private static double length(List<LatLon> points) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += GeoMath.angle(points.get(i - 1), points.get(i));
        }
        return total;
    }

    TraceResult trace() {
        return trace;
    }

    List<Place> places() {
        return places;
    }

    /** The backbone locations a forward passes between its ends, in order. */
    List<String> via() {
        return via;
    }

    /** The places of the path that have coordinates, via locations included, for framing it. */
    List<LatLon> globePlaces() {
        List<LatLon> out = new ArrayList<>();
        for (int k = 0; k < places.size(); k++) {
            out.add(places.get(k).at());
            if (k < waypoints.size() && !waypoints.get(k).isEmpty()) {
                out.addAll(waypoints.get(k));
            }
        }
        return out;
    }

    /** Whether leg {@code k} (hop k to hop k+1) is drawn over the globe rather than as a straight line. */
    boolean isGreatCircle(int k) {
        return !waypoints.get(k).isEmpty();
    }

    /** The screen points of leg {@code k}, for a world copy shifted by {@code shiftLon} degrees. */
    List<double[]> leg(int k, MapViewport view, double shiftLon) {
        return legUpTo(k, 1, view, shiftLon);
    }

    /** The screen points of the first fraction {@code t} of leg {@code k}: the part the packet has travelled. */
    List<double[]> legUpTo(int k, double t, MapViewport view, double shiftLon) {
        List<double[]> points = new ArrayList<>();
        if (!isGreatCircle(k)) {
            points.add(screen(places.get(k), view, shiftLon));
            points.add(pointAt(k + t, view, shiftLon));
            return points;
        }
        List<LatLon> w = waypoints.get(k);
        double remaining = t * length(w);
        for (int i = 1; i < w.size() && remaining > 0; i++) {
            double segment = GeoMath.angle(w.get(i - 1), w.get(i));
            LatLon end = remaining >= segment ? w.get(i) : GeoMath.along(w.get(i - 1), w.get(i), remaining / segment);
            for (LatLon p : GeoMath.arc(w.get(i - 1), end, STEP_DEGREES)) {
                points.add(new double[] {view.x(p.lon() + shiftLon), view.y(p.lat())});
            }
            remaining -= segment;
        }
        if (points.isEmpty()) {
            points.add(screen(places.get(k), view, shiftLon));
        }
        return points;
    }

    /** The packet's screen point at a position in hop units. */
    double[] pointAt(double position, MapViewport view, double shiftLon) {
        double clamped = Math.max(0, Math.min(places.size() - 1, position));
        int k = (int) Math.min(places.size() - 2, Math.floor(clamped));
        if (k < 0) {
            return screen(places.get(0), view, shiftLon);
        }
        double t = clamped - k;
        if (isGreatCircle(k)) {
            List<double[]> travelled = legUpTo(k, t, view, shiftLon);
            return travelled.get(travelled.size() - 1);
        }
        double[] a = screen(places.get(k), view, shiftLon);
        double[] b = screen(places.get(k + 1), view, shiftLon);
        return new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t};
    }

    static double[] screen(Place place, MapViewport view, double shiftLon) {
        return new double[] {view.x(place.at().lon() + shiftLon) + place.dx(), view.y(place.at().lat()) + place.dy()};
    }
}
