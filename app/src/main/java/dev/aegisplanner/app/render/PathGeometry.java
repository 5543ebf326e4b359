package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.app.render.scene.SceneFrame;
import dev.aegisplanner.app.render.scene.SceneOrigin;
import dev.aegisplanner.app.render.scene.SceneServer;
import dev.aegisplanner.model.engine.BackboneRoute;
import dev.aegisplanner.model.engine.Hop;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a traced path runs on screen: a station per hop (the client, the ingress data center whose cache
 * service takes the request, the egress router on the ingress server, the egress server, the origin) and a
 * leg between each two. Legs run between the stations' points and are drawn from where they leave one
 * station's box to where they enter the next. The cache service is a point on the ingress data center's
 * edge, on the way from the client to the router, so the ingress arrow ends at the data center. A forward the
 * backbone carried through other locations runs through them, link by link, as it does on the map.
 */
final class PathGeometry {

    /** Stations are never drawn smaller than this on screen, so the path stays visible zoomed out. */
    static final double MIN_BOX = 14;
    /** The cache service's mark on the data center's edge. */
    static final double CACHE_MARK = 18;
    /** How far the failed leg of a request that cannot egress reaches beyond the router. */
    static final double FAILED_REACH = 96;
    /** The packet's solid part, in pixels (its faint halo reaches a little further). */
    static final double PACKET_RADIUS = 10;

    /**
     * @param frame what lights up when the packet arrives (for the cache service, the whole data center)
     * @param mark where legs stop: the frame, or the cache service's mark
     */
    record Station(int hop, HopKind kind, LayoutBox frame, LayoutBox mark, double x, double y) {
    }

    /**
     * @param to the index of the hop the leg arrives at
     * @param parts the curves the leg runs along: one, or for a forward through other locations one per
     *     backbone link, each from location to location
     * @param links the backbone links the parts stand for, in order; empty for a leg that is not a routed forward
     * @param start where the drawn part starts (leaving the previous station's mark), as a parameter of the first part
     * @param end where it ends (entering this station's mark), as a parameter of the last part
     */
    record Leg(int to, Hop hop, List<Curve> parts, List<Link> links, double start, double end) {

        Leg {
            parts = List.copyOf(parts);
            links = List.copyOf(links);
        }

        Curve first() {
            return parts.get(0);
        }

        Curve last() {
            return parts.get(parts.size() - 1);
        }

        /** The point a fraction {@code along} of the way: the parts share the leg equally, as the hops do. */
        double[] point(double along) {
            double scaled = Math.max(0, Math.min(1, along)) * parts.size();
            int i = (int) Math.min(parts.size() - 1, Math.floor(scaled));
            Curve part = parts.get(i);
            double t = scaled - i;
            return new double[] {part.x(t), part.y(t)};
        }
    }

    private final List<Station> stations = new ArrayList<>();
    private final List<Leg> legs = new ArrayList<>();
    /** The locations a routed forward passes between its ends, as they are on screen. */
    private final List<LayoutBox> via = new ArrayList<>();
    private final Curve failed;

    private PathGeometry(CanvasScene scene, Viewport vp, TraceResult trace) {
        List<Hop> hops = trace.hops();
        for (int i = 0; i < hops.size(); i++) {
            place(scene, vp, i, hops.get(i)).ifPresent(stations::add);
        }
        placeCacheService();
        for (int i = 1; i < stations.size(); i++) {
            Station from = stations.get(i - 1);
            Station to = stations.get(i);
            if (to.hop() == from.hop() + 1) {
                legs.add(to.kind() == HopKind.EGRESS_SERVER ? forward(scene, vp, trace, from, to, hops.get(to.hop()))
                        : leg(from, to, hops.get(to.hop())));
            }
        }
        failed = trace.tier() == Tier.NO_EGRESS ? station(HopKind.EGRESS_ROUTER).map(this::failedLeg).orElse(null) : null;
    }

    static PathGeometry of(CanvasScene scene, Viewport vp, TraceResult trace) {
        return new PathGeometry(scene, vp, trace);
    }

    List<Station> stations() {
        return stations;
    }

    List<Leg> legs() {
        return legs;
    }

    /** The screen boxes of the locations a forward passes on its backbone route between its ends, in order. */
    List<LayoutBox> via() {
        return via;
    }

    Optional<Station> station(HopKind kind) {
        return stations.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** The leg a request that cannot egress would have taken, drawn as failed; empty when it egresses. */
    Optional<Curve> failedLeg() {
        return Optional.ofNullable(failed);
    }

    /**
     * Where the packet is at a position in hops: at a station's point, or on the way along a leg. At the origin
     * it stops just outside the cylinder, where its leg arrives, so it never hides the origin's name.
     */
    Optional<double[]> packet(double position) {
        int at = (int) Math.floor(position);
        double along = position - at;
        for (Leg leg : legs) {
            if (leg.to() == at + 1 && along > 1e-9) {
                return Optional.of(arrivesAtOrigin(leg) ? leg.point(Math.min(along, outsideOrigin(leg))) : leg.point(along));
            }
            if (leg.to() == at && along <= 1e-9 && arrivesAtOrigin(leg)) {
                return Optional.of(leg.point(outsideOrigin(leg)));
            }
        }
        return stations.stream().filter(s -> s.hop() == at).findFirst().map(s -> new double[] {s.x(), s.y()});
    }

    private boolean arrivesAtOrigin(Leg leg) {
        return leg.parts().size() == 1 && stations.stream().anyMatch(s -> s.hop() == leg.to() && s.kind() == HopKind.ORIGIN);
    }

    /**
     * Where on a leg into the origin the packet rests: the last point before the cylinder at least the packet's
     * radius away from it, stepping back along the leg a pixel at a time (the leg may come in at a slant).
     */
    private double outsideOrigin(Leg leg) {
        LayoutBox cylinder = stations.stream().filter(s -> s.hop() == leg.to()).findFirst().orElseThrow().mark();
        Curve curve = leg.first();
        double speed = Math.hypot(curve.dx(leg.end()), curve.dy(leg.end()));
        double step = speed == 0 ? 1 : 1 / speed;
        double t = leg.end();
        while (t > leg.start() && distance(cylinder, curve.x(t), curve.y(t)) < PACKET_RADIUS) {
            t -= step;
        }
        return Math.max(leg.start(), t);
    }

    private static double distance(LayoutBox box, double x, double y) {
        double dx = Math.max(0, Math.max(box.x() - x, x - box.x() - box.w()));
        double dy = Math.max(0, Math.max(box.y() - y, y - box.y() - box.h()));
        return Math.hypot(dx, dy);
    }

    private static Optional<Station> place(CanvasScene scene, Viewport vp, int index, Hop hop) {
        Optional<LayoutBox> box = switch (hop.kind()) {
            case CLIENT -> Optional.of(monitor(scene.client()));
            case CACHE_SERVICE -> scene.frame(hop.elementId()).filter(f -> !f.isLocation()).map(f -> f.box());
            case EGRESS_ROUTER, EGRESS_SERVER -> scene.server(hop.elementId()).map(SceneServer::box);
            case ORIGIN -> scene.origins().stream().filter(o -> o.origin().id().equals(hop.elementId())).findFirst()
                    .map(PathGeometry::cylinder);
        };
        return box.map(b -> {
            LayoutBox on = atLeast(vp.toScreen(b), MIN_BOX);
            return new Station(index, hop.kind(), on, on, on.x() + on.w() / 2, on.y() + on.h() / 2);
        });
    }

    /** Moves the cache service to the data center's edge, where the line from the client to the router crosses it. */
    private void placeCacheService() {
        for (int i = 0; i < stations.size(); i++) {
            Station cache = stations.get(i);
            if (cache.kind() != HopKind.CACHE_SERVICE) {
                continue;
            }
            Station before = i > 0 ? stations.get(i - 1) : null;
            Station after = i + 1 < stations.size() ? stations.get(i + 1) : null;
            double fromX = before != null ? before.x() : cache.frame().x() - 1;
            double fromY = before != null ? before.y() : cache.y();
            double toX = after != null ? after.x() : cache.x();
            double toY = after != null ? after.y() : cache.y();
            double t = exit(Curve.straight(toX, toY, fromX, fromY), cache.frame());
            double x = toX + (fromX - toX) * t;
            double y = toY + (fromY - toY) * t;
            LayoutBox mark = new LayoutBox(x - CACHE_MARK / 2, y - CACHE_MARK / 2, CACHE_MARK, CACHE_MARK);
            stations.set(i, new Station(cache.hop(), cache.kind(), cache.frame(), mark, x, y));
        }
    }

    private static Leg leg(Station from, Station to, Hop hop) {
        Curve curve = span(from.x(), from.y(), to.x(), to.y(), from.kind() == HopKind.CACHE_SERVICE);
        double start = exit(curve, from.mark());
        double end = 1 - exit(reverse(curve), to.mark());
        return new Leg(to.hop(), hop, List.of(curve), List.of(), start, Math.max(start, end));
    }

    /**
     * The forward from the router to the egress server. When the backbone carried it through other locations,
     * it runs through the middle of each, one part per link, so the canvas shows the route the map shows; a
     * route through a location the drawing lacks is drawn direct.
     */
    private Leg forward(CanvasScene scene, Viewport vp, TraceResult trace, Station from, Station to, Hop hop) {
        Optional<BackboneRoute> route = trace.backboneRoute().filter(r -> r.locations().size() > 2);
        List<LayoutBox> passed = new ArrayList<>();
        route.ifPresent(r -> r.locations().subList(1, r.locations().size() - 1).forEach(id ->
                scene.frame(id).filter(SceneFrame::isLocation).ifPresent(f -> passed.add(vp.toScreen(f.box())))));
        if (route.isEmpty() || passed.size() != route.get().locations().size() - 2) {
            return leg(from, to, hop);
        }
        via.addAll(passed);
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {from.x(), from.y()});
        passed.forEach(b -> points.add(new double[] {b.x() + b.w() / 2, b.y() + b.h() / 2}));
        points.add(new double[] {to.x(), to.y()});
        List<Curve> parts = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            parts.add(span(points.get(i - 1)[0], points.get(i - 1)[1], points.get(i)[0], points.get(i)[1], false));
        }
        double start = exit(parts.get(0), from.mark());
        double end = 1 - exit(reverse(parts.get(parts.size() - 1)), to.mark());
        return new Leg(to.hop(), hop, parts, route.get().links(), start, parts.size() > 1 ? end : Math.max(start, end));
    }

    /** A curve from one point to another: straight when short or inside a frame, bowed over what it crosses when long. */
    private static Curve span(double x1, double y1, double x2, double y2, boolean inside) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        return inside || length < 240 ? Curve.straight(x1, y1, x2, y2)
                : Curve.bowed(x1, y1, x2, y2, Math.min(70, length * 0.12));
    }

    private Curve failedLeg(Station router) {
        double x = router.frame().x() + router.frame().w();
        return Curve.straight(x, router.y(), x + FAILED_REACH, router.y());
    }

    /** Where a curve starting inside a box leaves it, as a parameter; 0 when it never was inside. */
    static double exit(Curve curve, LayoutBox box) {
        if (!contains(box, curve.x(0), curve.y(0)) || contains(box, curve.x(1), curve.y(1))) {
            return 0;
        }
        double inside = 0;
        double outside = 1;
        for (int i = 0; i < 24; i++) {
            double mid = (inside + outside) / 2;
            if (contains(box, curve.x(mid), curve.y(mid))) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return outside;
    }

    private static Curve reverse(Curve c) {
        return new Curve(c.x2(), c.y2(), c.cx2(), c.cy2(), c.cx1(), c.cy1(), c.x1(), c.y1());
    }

    private static boolean contains(LayoutBox b, double x, double y) {
        return x >= b.x() && x <= b.x() + b.w() && y >= b.y() && y <= b.y() + b.h();
    }

    /** The client's screen (its label hangs below it). */
    private static LayoutBox monitor(LayoutBox client) {
        return new LayoutBox(client.x() + 14, client.y() + 4, client.w() - 28, 46);
    }

    /** An origin's cylinder (its address hangs below it). */
    private static LayoutBox cylinder(SceneOrigin origin) {
        LayoutBox b = origin.box();
        return new LayoutBox(b.x(), b.y(), b.w(), 60);
    }

    private static LayoutBox atLeast(LayoutBox b, double size) {
        double w = Math.max(size, b.w());
        double h = Math.max(size, b.h());
        return new LayoutBox(b.x() + (b.w() - w) / 2, b.y() + (b.h() - h) / 2, w, h);
    }
}
