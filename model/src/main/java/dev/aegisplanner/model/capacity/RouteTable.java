package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the demand that lands in a data center egresses, per zone and family, from the engine. A data
 * center's share is split evenly over its up servers and each server's share runs through the cascade; all
 * servers of a data center that cannot egress themselves reach one outcome (see
 * {@link dev.aegisplanner.model.analysis.Coverage}), and those that can egress from themselves, so the engine is
 * asked at most twice per data center: once for a server that can egress and once for one that cannot.
 * Zones with the same pool and regions route alike and share their routes. And when a data center's servers
 * that cannot egress are sent to another location (or nowhere), no server of the whole location can egress (the
 * cascade tried the data center and the location first, or the location is outside the zone's regions), so every
 * data center of that location reaches the same outcome, which depends only on the location: it is asked once
 * per location. Routes are worked out when first asked and kept; the table is safe to share between threads.
 */
final class RouteTable implements Flows.Routes {

    /**
     * What routing depends on in a request: the zone's pool (none: {@code NO_AEGIS}) and regions, the family.
     * Looked up for every flow, so its hash is worked out once.
     */
    static final class RoutingKey {
        private final String pool;
        private final List<String> regions;
        private final Family family;
        private final int hash;

        RoutingKey(String pool, List<String> regions, Family family) {
            this.pool = pool;
            this.regions = List.copyOf(regions);
            this.family = family;
            this.hash = Objects.hash(pool, this.regions, family);
        }

        static RoutingKey of(Zone zone, Family family) {
            return new RoutingKey(zone.pool(), zone.regions(), family);
        }

        Family family() {
            return family;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RoutingKey k && hash == k.hash && Objects.equals(pool, k.pool)
                    && regions.equals(k.regions) && family == k.family;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The outcomes for one data center.
     *
     * @param capableHolders up servers listing addresses that can egress themselves
     * @param representativeCapable whether the up servers without addresses can egress themselves (IPv6)
     * @param capable the outcome of a server that can egress, {@code null} when none can
     * @param incapable the outcome of a server that cannot, {@code null} when all can
     */
    record Route(RoutingKey key, String dataCenter, String location, int capableHolders,
                 boolean representativeCapable, EngineRoutes.Outcome capable, EngineRoutes.Outcome incapable) {

        /** The share of the data center's demand that egresses from servers that can egress themselves. */
        double capableShare(Sites.DataCenterSite site) {
            int capableServers = capableHolders + (representativeCapable ? site.upWithoutAddresses() : 0);
            return (double) capableServers / site.upServers();
        }
    }

    private final RoutingTopology routing;
    private final EngineRoutes engine;
    private final Map<RoutingKey, String> zoneOfKey = new HashMap<>();
    private final Map<String, DataCenter> dataCenters = new HashMap<>();
    private final Map<String, String> locationOf = new HashMap<>();
    private final Map<RoutingKey, Map<String, Route>> routes = new ConcurrentHashMap<>();
    private final Map<RoutingKey, Map<String, EngineRoutes.Outcome>> elsewhere = new ConcurrentHashMap<>();

    /**
     * @param earlier a table over another version of the topology (or null): its engine's backbone shortest paths
     *     are taken over when the locations that are up and the links are the same
     */
    RouteTable(RoutingTopology routing, RouteTable earlier) {
        this(routing, routing.topology(), earlier);
    }

    /** A table for the routing topology as changed by a drill ({@code engineTopology}). */
    RouteTable(RoutingTopology routing, Topology engineTopology, RouteTable earlier) {
        this.routing = routing;
        this.engine = new EngineRoutes(engineTopology, earlier == null ? null : earlier.engine);
        for (Zone zone : engineTopology.zones()) {
            for (Family family : Family.values()) {
                zoneOfKey.putIfAbsent(RoutingKey.of(zone, family), zone.id());
            }
        }
        for (Location location : engineTopology.locations()) {
            for (DataCenter dataCenter : location.dataCenters()) {
                if (dataCenters.putIfAbsent(dataCenter.id(), dataCenter) == null) {
                    locationOf.put(dataCenter.id(), location.id());
                }
            }
        }
    }

    RoutingTopology routing() {
        return routing;
    }

    /** The route of the zone's requests of the family from an eligible data center. */
    @Override
    public Route route(RoutingKey key, String dataCenter) {
        // Read before computing: computeIfAbsent locks its bin even when the route is there (unless it heads the
        // bin), and a route is read for every flow but made once; the two threads of an analysis met on those locks.
        Map<String, Route> byDataCenter = routes.get(key);
        if (byDataCenter == null) {
            byDataCenter = routes.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
        }
        Route route = byDataCenter.get(dataCenter);
        return route != null ? route : byDataCenter.computeIfAbsent(dataCenter, dc -> compute(key, dc));
    }

    private Route compute(RoutingKey key, String dataCenterId) {
        String location = locationOf.get(dataCenterId);
        Map<String, EngineRoutes.Outcome> away = elsewhere.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
        EngineRoutes.Outcome known = away.get(location);
        if (known != null) {
            return new Route(key, dataCenterId, location, 0, false, null, known);
        }
        Route route = ask(key, dataCenterId, location);
        if (route.incapable() != null && (route.incapable().tier() == Tier.OTHER_LOCATION
                || route.incapable().tier() == Tier.NO_EGRESS)) {
            away.putIfAbsent(location, route.incapable());
        }
        return route;
    }

    private Route ask(RoutingKey key, String dataCenterId, String location) {
        String zone = zoneOfKey.get(key);
        String representative = routing.representative(dataCenterId);
        int capableHolders = 0;
        boolean representativeCapable = false;
        String capable = null;
        String incapable = null;
        for (Server server : dataCenters.get(dataCenterId).servers()) {
            if (!server.status().isUp()) {
                continue;
            }
            boolean can = engine.canEgress(zone, server.id(), key.family());
            if (server.id().equals(representative)) {
                representativeCapable = can;
            } else if (can) {
                capableHolders++;
            }
            if (can && capable == null) {
                capable = server.id();
            } else if (!can && incapable == null) {
                incapable = server.id();
            }
        }
        return new Route(key, dataCenterId, location, capableHolders, representativeCapable,
                capable == null ? null : engine.route(zone, capable, key.family()),
                incapable == null ? null : engine.route(zone, incapable, key.family()));
    }
}
