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
 * Where each hop of a trace sits on the map. Cache service, router and servers sit at their location; the
 * origin at its coordinates when it has them. The client has no coordinates, nor do some origins: they are
 * drawn at a fixed offset in pixels from the place they connect to, so they look the same at every zoom.
 * Longitudes are unwrapped along the path, so a path across the Pacific stays one line.
 */
final class TraceRoute {

    static final double SIDE_OFFSET_X = 64;
    static final double SIDE_OFFSET_Y = 40;

    /** A hop's place: a point on the globe, plus a screen offset in pixels for places without coordinates. */
    record Place(HopKind kind, LatLon at, double dx, double dy, String locationId) {

        boolean onGlobe() {
            return dx == 0 && dy == 0;
        }
    }

    private final List<Place> places;
    private final TraceResult trace;

    private TraceRoute(TraceResult trace, List<Place> places) {
        this.trace = trace;
        this.places = List.copyOf(places);
    }

    /** The route, or empty when the trace names a location the topology does not have. */
    static Optional<TraceRoute> of(Topology topology, TraceResult trace) {
        Optional<Location> ingress = topology.location(trace.ingress().location());
        if (ingress.isEmpty()) {
            return Optional.empty();
        }
        Endpoint egressPoint = trace.egress();
        Location egress = egressPoint == null ? null : topology.location(egressPoint.location()).orElse(null);
        List<Place> places = new ArrayList<>();
        LatLon previous = null;
        for (Hop hop : trace.hops()) {
            Place place = switch (hop.kind()) {
                case CLIENT -> new Place(hop.kind(), at(ingress.get()), -SIDE_OFFSET_X, SIDE_OFFSET_Y, null);
                case CACHE_SERVICE, EGRESS_ROUTER -> located(hop.kind(), ingress.get());
                case EGRESS_SERVER -> located(hop.kind(), egress == null ? ingress.get() : egress);
                case ORIGIN -> origin(topology.origin(hop.elementId()), egress == null ? ingress.get() : egress);
            };
            LatLon unwrapped = previous == null ? place.at()
                    : new LatLon(place.at().lat(), GeoMath.unwrap(place.at().lon(), previous.lon()));
            places.add(new Place(place.kind(), unwrapped, place.dx(), place.dy(), place.locationId()));
            previous = unwrapped;
        }
        return Optional.of(new TraceRoute(trace, places));
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

    TraceResult trace() {
        return trace;
    }

    List<Place> places() {
        return places;
    }

    /** The places of the path that have coordinates, for framing it. */
    List<LatLon> globePlaces() {
        return places.stream().map(Place::at).toList();
    }

    /** Whether leg {@code k} (hop k to hop k+1) is drawn as a great circle rather than a straight line. */
    boolean isGreatCircle(int k) {
        Place a = places.get(k);
        Place b = places.get(k + 1);
        return a.onGlobe() && b.onGlobe() && GeoMath.angle(a.at(), b.at()) > 1e-6;
    }

    /** The screen points of leg {@code k}, for a world copy shifted by {@code shiftLon} degrees. */
    List<double[]> leg(int k, MapViewport view, double shiftLon) {
        Place a = places.get(k);
        Place b = places.get(k + 1);
        List<double[]> points = new ArrayList<>();
        if (isGreatCircle(k)) {
            for (LatLon p : GeoMath.arc(a.at(), b.at(), 1.5)) {
                points.add(new double[] {view.x(p.lon() + shiftLon), view.y(p.lat())});
            }
        } else {
            points.add(screen(a, view, shiftLon));
            points.add(screen(b, view, shiftLon));
        }
        return points;
    }

    /** The screen points of the first fraction {@code t} of leg {@code k}: the part the packet has travelled. */
    List<double[]> legUpTo(int k, double t, MapViewport view, double shiftLon) {
        Place a = places.get(k);
        List<double[]> points = new ArrayList<>();
        if (isGreatCircle(k)) {
            LatLon end = GeoMath.along(a.at(), places.get(k + 1).at(), t);
            for (LatLon p : GeoMath.arc(a.at(), end, 1.5)) {
                points.add(new double[] {view.x(p.lon() + shiftLon), view.y(p.lat())});
            }
        } else {
            points.add(screen(a, view, shiftLon));
            points.add(pointAt(k + t, view, shiftLon));
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
            LatLon p = GeoMath.along(places.get(k).at(), places.get(k + 1).at(), t);
            return new double[] {view.x(GeoMath.unwrap(p.lon(), places.get(k).at().lon()) + shiftLon), view.y(p.lat())};
        }
        double[] a = screen(places.get(k), view, shiftLon);
        double[] b = screen(places.get(k + 1), view, shiftLon);
        return new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t};
    }

    static double[] screen(Place place, MapViewport view, double shiftLon) {
        return new double[] {view.x(place.at().lon() + shiftLon) + place.dx(), view.y(place.at().lat()) + place.dy()};
    }
}
