package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.DataCenter;
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
import java.util.List;
import java.util.Map;

/**
 * Writes a test topology the way the spec draws one: each {@code dataCenter} goes into the location above
 * it, each {@code server} into the data center above it.
 *
 * <pre>{@code
 * topology()
 *     .location("FRA", "EU", 50.11, 8.68)
 *         .dataCenter("FRA-1")
 *             .server("fra1-s1", "192.0.2.10")
 *             .server("fra1-s2")
 *     .pool("acme", "192.0.2.10")
 *     .zone("shop.example.com", "acme")
 *     .origin("acme-origin", "203.0.113.150", null)
 *     .build();
 * }</pre>
 */
final class TopologyBuilder {

    private record DataCenterDraft(String id, List<Server> servers) {
    }

    private record LocationDraft(String id, String region, double lat, double lon, List<DataCenterDraft> dataCenters) {
    }

    private final List<LocationDraft> locations = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Pool> pools = new ArrayList<>();
    private final List<Zone> zones = new ArrayList<>();
    private final List<Origin> origins = new ArrayList<>();

    static TopologyBuilder topology() {
        return new TopologyBuilder();
    }

    TopologyBuilder location(String id, String region, double lat, double lon) {
        locations.add(new LocationDraft(id, region, lat, lon, new ArrayList<>()));
        return this;
    }

    TopologyBuilder dataCenter(String id) {
        lastLocation().dataCenters().add(new DataCenterDraft(id, new ArrayList<>()));
        return this;
    }

    TopologyBuilder server(String id, String... egressIps) {
        List<DataCenterDraft> dcs = lastLocation().dataCenters();
        dcs.get(dcs.size() - 1).servers().add(Server.of(id, egressIps));
        return this;
    }

    TopologyBuilder link(String from, String to, double latencyMs) {
        links.add(new Link(from, to, latencyMs));
        return this;
    }

    TopologyBuilder pool(String id, String... addresses) {
        pools.add(Pool.of(id, PoolSource.LEASED, addresses));
        return this;
    }

    /** A zone; {@code pool} null means no dedicated egress. */
    TopologyBuilder zone(String id, String pool, String... regions) {
        zones.add(new Zone(id, pool, List.of(regions)));
        return this;
    }

    TopologyBuilder origin(String id, String ipv4, String ipv6) {
        origins.add(Origin.of(id, ipv4, ipv6));
        return this;
    }

    TopologyBuilder origin(String id, String ipv4, String ipv6, double lat, double lon) {
        origins.add(new Origin(id, null, ipv4, ipv6, Origin.DEFAULT_PORT, lat, lon));
        return this;
    }

    Topology build() {
        List<Location> built = locations.stream()
                .map(l -> new Location(l.id(), null, l.region(), l.lat(), l.lon(), Status.UP,
                        l.dataCenters().stream()
                                .map(d -> new DataCenter(d.id(), null, Status.UP, Map.of(), d.servers()))
                                .toList()))
                .toList();
        return new Topology("test", null, built, links, pools, zones, origins, List.of(), Map.of());
    }

    private LocationDraft lastLocation() {
        return locations.get(locations.size() - 1);
    }
}
