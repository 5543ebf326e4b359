package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a capacity test plan the way section 7 talks about one: each {@code dataCenter} goes into the location
 * above it, each {@code server} into the data center above it, {@code down()} takes the element just written
 * down, {@code share} gives the data center above it an {@code ipCapacity} share, {@code demand} adds an entry.
 *
 * <pre>{@code
 * plan().location("FRA", 50.11, 8.68)
 *           .dataCenter("FRA-1").share("192.0.2.10", 0.5)
 *               .server("fra1-s1", "192.0.2.10")
 *       .pool("acme", "192.0.2.10").zone("shop", "acme").origin("web", "203.0.113.10")
 *       .demandAt("FRA", "shop", "web", 30_000)
 *       .build();
 * }</pre>
 */
final class Plans {

    private record DataCenterDraft(String id, Map<String, Double> shares, List<Server> servers, Status[] status) {
    }

    private record LocationDraft(String id, String region, double lat, double lon, List<DataCenterDraft> dataCenters,
                                 Status[] status) {
    }

    static final String SHOP = "shop.example.com";
    static final String WEB = "web-origin";

    private final List<LocationDraft> locations = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Pool> pools = new ArrayList<>();
    private final List<Zone> zones = new ArrayList<>();
    private final List<Origin> origins = new ArrayList<>();
    private final List<Demand> demand = new ArrayList<>();
    private Runnable down = () -> {
        throw new IllegalStateException("nothing to take down yet");
    };

    static Plans plan() {
        return new Plans();
    }

    Plans location(String id, double lat, double lon) {
        return location(id, null, lat, lon);
    }

    Plans location(String id, String region, double lat, double lon) {
        LocationDraft draft = new LocationDraft(id, region, lat, lon, new ArrayList<>(), new Status[] {Status.UP});
        locations.add(draft);
        down = () -> draft.status()[0] = Status.DOWN;
        return this;
    }

    Plans dataCenter(String id) {
        DataCenterDraft draft = new DataCenterDraft(id, new LinkedHashMap<>(), new ArrayList<>(), new Status[] {Status.UP});
        lastLocation().dataCenters().add(draft);
        down = () -> draft.status()[0] = Status.DOWN;
        return this;
    }

    Plans share(String address, double share) {
        lastDataCenter().shares().put(address, share);
        return this;
    }

    Plans server(String id, String... egressIps) {
        List<Server> servers = lastDataCenter().servers();
        servers.add(Server.of(id, egressIps));
        int index = servers.size() - 1;
        down = () -> servers.set(index, servers.get(index).withStatus(Status.DOWN));
        return this;
    }

    /** {@code count} servers without addresses, named after the data center. */
    Plans servers(int count) {
        for (int i = 1; i <= count; i++) {
            server(lastDataCenter().id().toLowerCase() + "-x" + i);
        }
        return this;
    }

    /** Takes down the location, data center or server written last. */
    Plans down() {
        down.run();
        return this;
    }

    Plans link(String from, String to, double latencyMs) {
        links.add(new Link(from, to, latencyMs));
        return this;
    }

    Plans pool(String id, String... addresses) {
        pools.add(Pool.of(id, PoolSource.LEASED, addresses));
        return this;
    }

    /** A zone; {@code pool} null means no dedicated egress. */
    Plans zone(String id, String pool, String... regions) {
        zones.add(new Zone(id, pool, List.of(regions)));
        return this;
    }

    Plans origin(String id, String ipv4) {
        origins.add(Origin.of(id, ipv4, null));
        return this;
    }

    Plans origin(String id, String ipv4, String ipv6) {
        origins.add(Origin.of(id, ipv4, ipv6));
        return this;
    }

    Plans demandAt(String location, String zone, String origin, double connections) {
        demand.add(Demand.inLocation(zone, origin, location, connections));
        return this;
    }

    Plans demandIn(String dataCenter, String zone, String origin, double connections) {
        demand.add(Demand.inDataCenter(zone, origin, dataCenter, connections));
        return this;
    }

    Plans ipv6DemandAt(String location, String zone, String origin, double connections) {
        demand.add(new Demand(zone, origin, location, null, connections, Family.IPV6));
        return this;
    }

    Topology build() {
        List<Location> built = locations.stream()
                .map(l -> new Location(l.id(), null, l.region(), l.lat(), l.lon(), l.status()[0],
                        l.dataCenters().stream()
                                .map(d -> new DataCenter(d.id(), null, d.status()[0], d.shares(), d.servers()))
                                .toList()))
                .toList();
        return new Topology("plan", null, built, links, pools, zones, origins, List.of(), demand, Map.of(), null);
    }

    CapacityReport report() {
        return CapacityAnalysis.of(build()).report();
    }

    private LocationDraft lastLocation() {
        return locations.get(locations.size() - 1);
    }

    private DataCenterDraft lastDataCenter() {
        List<DataCenterDraft> dcs = lastLocation().dataCenters();
        return dcs.get(dcs.size() - 1);
    }
}
