package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.geo.GreatCircle;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.ServerPlace;
import java.util.ArrayList;
import java.util.List;

/**
 * The stations of a decided trace, as the documentation draws them: client, cache service, egress router,
 * the egress server when the connection is forwarded, and the origin unless nothing can egress or the
 * request has no origin ({@link ForwardingEngine#decide}).
 */
final class Hops {

    private static final Double SAME_METRO_KM = 0.0;

    private Hops() {
    }

    /** @param origin {@code null} for a request without an origin: the hops end at the egress */
    static List<Hop> of(CascadeRun decision, ServerPlace ingress, Origin origin, Family family) {
        List<Hop> hops = new ArrayList<>(5);
        hops.add(new Hop(HopKind.CLIENT, null, "Client", null, null));
        String dc = ingress.dataCenter().id();
        hops.add(new Hop(HopKind.CACHE_SERVICE, dc, "Cache service in " + dc, null, null));
        String router = ingress.server().id();
        hops.add(new Hop(HopKind.EGRESS_ROUTER, router, "Egress router on " + router, SAME_METRO_KM, null));
        if (decision.tier().forwards()) {
            hops.add(forward(decision));
        }
        if (decision.egress() != null && origin != null) {
            hops.add(toOrigin(decision.egress().location(), origin, family));
        }
        return hops;
    }

    private static Hop forward(CascadeRun decision) {
        String server = decision.egress().server().id();
        String label = "Egress server " + server;
        ClosestLocation closest = decision.closest();
        if (closest == null) {
            return new Hop(HopKind.EGRESS_SERVER, server, label, SAME_METRO_KM, null);
        }
        double km = ClosestLocation.kmBetween(closest.ingress(), closest.winner());
        Double latency = closest.byBackbone() ? closest.winnerValue() : null;
        return new Hop(HopKind.EGRESS_SERVER, server, label, km, latency);
    }

    private static Hop toOrigin(Location egressLocation, Origin origin, Family family) {
        String address = family == Family.IPV4 ? origin.ipv4() : "[" + origin.ipv6() + "]";
        Double km = origin.hasCoordinates()
                ? GreatCircle.km(egressLocation.lat(), egressLocation.lon(), origin.lat(), origin.lon())
                : null;
        return new Hop(HopKind.ORIGIN, origin.id(), "Origin " + origin.id() + " " + address + ":" + origin.port(),
                km, null);
    }
}
