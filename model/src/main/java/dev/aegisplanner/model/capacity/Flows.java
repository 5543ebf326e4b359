package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.Family;

/**
 * Follows one demand unit from where it lands to where it egresses (PRODUCT.md section 7, "Where it
 * egresses") and tells a {@link Sink} what became of it: {@code NO_EGRESS} demand is unserved; {@code NO_AEGIS}
 * and IPv6 demand is reported, never limited; everything else is load on the egress data center for the pool's
 * addresses and the origin's IPv4:port. Forwards to another location are reported whatever the family.
 */
final class Flows {

    /** Where routes come from: the plan's table, or a drill's table over it. */
    interface Routes {
        RouteTable.Route route(RouteTable.RoutingKey key, String dataCenter);
    }

    /** What a unit's connections became; amounts are connections. */
    interface Sink {
        void load(int group, double connections);

        void unserved(DemandUnit unit, double connections, Unserved.Reason reason);

        default void forward(DemandUnit unit, String from, String to, double connections, double latencyMs) {
        }

        default void unlimited(DemandUnit unit, Tier tier, double connections) {
        }

        default void failover(DemandUnit unit, String to, double connections) {
        }
    }

    private final Sites sites;
    private final CapacityGrid grid;
    private final Plan plan;

    Flows(Sites sites, CapacityGrid grid, Plan plan) {
        this.sites = sites;
        this.grid = grid;
        this.plan = plan;
    }

    void run(DemandUnit unit, Landing.Landed landed, Routes routes, Sink sink) {
        if (landed.stranded()) {
            sink.unserved(unit, unit.connections(), Unserved.Reason.NO_LANDING);
            return;
        }
        if (landed.movedTo() != null) {
            sink.failover(unit, landed.movedTo(), unit.connections());
        }
        double each = landed.each(unit);
        RouteTable.RoutingKey key = plan.key(unit);
        for (Sites.DataCenterSite site : landed.dataCenters()) {
            RouteTable.Route route = routes.route(key, site.id());
            double capableShare = route.capableShare(site);
            if (route.capable() != null && capableShare > 0) {
                egress(unit, route, route.capable(), each * capableShare, sink);
            }
            if (route.incapable() != null && capableShare < 1) {
                egress(unit, route, route.incapable(), each * (1 - capableShare), sink);
            }
        }
    }

    private void egress(DemandUnit unit, RouteTable.Route route, EngineRoutes.Outcome outcome, double connections,
                        Sink sink) {
        if (connections == 0) {
            return;
        }
        if (outcome.tier() == Tier.NO_EGRESS) {
            sink.unserved(unit, connections, Unserved.Reason.NO_EGRESS);
            return;
        }
        if (outcome.tier() == Tier.OTHER_LOCATION) {
            sink.forward(unit, route.location(), outcome.egressLocation(), connections, outcome.forwardLatencyMs());
        }
        if (outcome.tier() == Tier.NO_AEGIS || unit.family() == Family.IPV6) {
            sink.unlimited(unit, outcome.tier(), connections);
            return;
        }
        int group = grid.groupOf(outcome.egressDataCenter(), plan.poolOf(unit), unit.originAddress());
        if (group >= 0) {
            sink.load(group, connections);
        }
    }
}
