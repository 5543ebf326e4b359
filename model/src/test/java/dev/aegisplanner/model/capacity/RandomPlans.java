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
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random plans with demand, small enough to read in a failure report and built to hit every rule of section 7:
 * elements down (so demand fails over, within and between locations), servers without addresses (so the
 * cascade forwards), explicit shares now and then (some adding up to more or less than 1), two origins on one
 * address and port, IPv6 and shared-egress zones, demand on locations and on data centers, repeated entries.
 * Coordinates and latencies come from short lists, so ties happen. Sizes are jqwik parameters, so a failure
 * shrinks towards a smaller plan.
 */
final class RandomPlans {

    private static final String[] LOCATIONS = {"FRA", "AMS", "SIN", "NYC", "GRU"};
    private static final double[][] SPOTS = {{50.11, 8.68}, {52.37, 4.90}, {1.35, 103.82}, {40.71, -74.01}, {0, 0}};
    private static final String[] REGIONS = {"EU", "US", null};
    static final List<String> ADDRESSES = List.of("10.0.0.1", "10.0.0.2", "10.0.0.10", "10.0.1.1", "10.0.1.2");

    private final Random random;

    private RandomPlans(long seed) {
        this.random = new Random(seed);
    }

    static Arbitrary<Topology> plans() {
        return Combinators.combine(Arbitraries.integers().between(1, LOCATIONS.length),
                        Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(0, 9), Arbitraries.integers().between(1, 10),
                        Arbitraries.longs())
                .as((locations, dataCenters, servers, links, demand, seed) ->
                        new RandomPlans(seed).plan(locations, dataCenters, servers, links, demand));
    }

    private Topology plan(int locationCount, int maxDataCenters, int maxServers, int linkCount, int demandCount) {
        List<Location> locations = new ArrayList<>();
        for (int l = 0; l < locationCount; l++) {
            String id = LOCATIONS[l];
            double[] spot = SPOTS[random.nextInt(SPOTS.length)];
            List<DataCenter> dataCenters = new ArrayList<>();
            for (int d = 1, n = 1 + random.nextInt(maxDataCenters); d <= n; d++) {
                dataCenters.add(dataCenter(id + "-" + d, random.nextInt(maxServers + 1)));
            }
            locations.add(new Location(id, null, REGIONS[random.nextInt(REGIONS.length)], spot[0], spot[1], status(),
                    dataCenters));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < linkCount; i++) {
            links.add(new Link(pick(locations).id(), pick(locations).id(), 1 + random.nextInt(4) * 5));
        }
        List<Pool> pools = List.of(
                Pool.of("acme", PoolSource.LEASED, random.nextBoolean()
                        ? new String[] {"10.0.0.1", "10.0.0.2", "10.0.0.10", "2001:db8:a::/48"}
                        : new String[] {"10.0.0.1", "10.0.0.2", "10.0.0.10"}),
                Pool.of("beta", PoolSource.BYOIP, "10.0.1.1", "10.0.1.2"));
        List<Zone> zones = List.of(new Zone("shop", "acme", List.of()),
                new Zone("eu-shop", "acme", random.nextBoolean() ? List.of("EU") : List.of()),
                new Zone("pay", "beta", List.of()), new Zone("blog", null, List.of()));
        List<Origin> origins = List.of(Origin.of("web", "203.0.113.1", "2001:db8:ff::1"),
                Origin.of("web-again", "203.0.113.1", null), Origin.of("api", "203.0.113.2", null));
        Topology topology = new Topology("random", null, locations, links, pools, zones, origins, List.of(), Map.of());
        return topology.withDemand(demand(topology, demandCount));
    }

    private DataCenter dataCenter(String id, int servers) {
        List<Server> list = new ArrayList<>();
        for (int s = 1; s <= servers; s++) {
            List<String> ips = new ArrayList<>();
            for (int i = random.nextInt(4) - 1; i > 0; i--) {
                String ip = pick(ADDRESSES);
                if (!ips.contains(ip)) {
                    ips.add(ip);
                }
            }
            list.add(new Server(id.toLowerCase() + "-s" + s, null, status(), ips));
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        if (random.nextInt(3) == 0) {
            shares.put(pick(ADDRESSES), 0.1 + random.nextInt(9) / 10.0);
        }
        return new DataCenter(id, null, status(), shares, list);
    }

    private List<Demand> demand(Topology topology, int count) {
        List<Demand> demand = new ArrayList<>();
        List<String> dataCenters = topology.dataCenters().map(DataCenter::id).toList();
        for (int i = 0; i < count; i++) {
            Zone zone = pick(topology.zones());
            boolean ipv6 = random.nextInt(5) == 0;
            String origin = ipv6 ? "web" : pick(List.of("web", "web-again", "api"));
            double connections = random.nextInt(6) * 10_000 + random.nextInt(3) * 1_000;
            boolean atLocation = random.nextBoolean() || dataCenters.isEmpty();
            demand.add(new Demand(zone.id(), origin, atLocation ? pick(topology.locations()).id() : null,
                    atLocation ? null : pick(dataCenters), connections, ipv6 ? Family.IPV6 : null));
        }
        return demand;
    }

    private Status status() {
        return random.nextInt(6) == 0 ? Status.DOWN : Status.UP;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
