package dev.aegisplanner.model.bench;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Deterministic topologies for benchmarks: the same seed gives the same topology on every machine.
 * The large one is shaped like a real deployment rather than uniform noise: every IPv4 address is placed
 * in at most four locations (the product's rule), on about ten servers in each of one or two data
 * centers there; each location links to its three nearest neighbours; a few elements are down.
 */
final class BenchTopologies {

    private static final List<String> REGIONS = List.of("EU", "US", "APAC", "LATAM", "AFR");
    private static final int POOLS = 50;
    private static final int ADDRESSES_PER_POOL = 8;

    private final Random random;

    private BenchTopologies(long seed) {
        this.random = new Random(seed);
    }

    /** The spec's example grown to three metros: every tier is reachable. */
    static Topology small() {
        Location fra = new Location("FRA", "Frankfurt", "EU", 50.11, 8.68, Status.UP, List.of(
                DataCenter.of("FRA-1", Server.of("fra1-s1", "192.0.2.10"), Server.of("fra1-s2")),
                DataCenter.of("FRA-2", Server.of("fra2-s1", "192.0.2.11"))));
        Location ams = Location.of("AMS", "EU", 52.37, 4.90, DataCenter.of("AMS-1", Server.of("ams1-s1", "192.0.2.12")));
        Location sin = Location.of("SIN", "APAC", 1.35, 103.82, DataCenter.of("SIN-1", Server.of("sin1-s1")));
        return new Topology("small", null, List.of(fra, ams, sin),
                List.of(new Link("FRA", "AMS", 7.5), new Link("AMS", "SIN", 160)),
                List.of(Pool.of("acme", PoolSource.LEASED, "192.0.2.10", "192.0.2.11", "192.0.2.12", "2001:db8:a::/48")),
                List.of(new Zone("shop.example.com", "acme", List.of()), new Zone("eu.example.com", "acme", List.of("EU")),
                        new Zone("blog.example.com", null, List.of())),
                List.of(Origin.of("acme-origin", "203.0.113.150", "2001:db8:ff::1")), List.of(), Map.of());
    }

    static Topology large(int locations, int dataCenters, int servers, long seed) {
        return new BenchTopologies(seed).build(locations, dataCenters, servers);
    }

    private Topology build(int locationCount, int dataCenterCount, int serverCount) {
        List<double[]> spots = IntStream.range(0, locationCount).mapToObj(i -> randomSpot()).toList();
        Map<String, List<String>> ipsByServer = placeAddresses(locationCount, dataCenterCount, serverCount);
        List<Location> locations = new ArrayList<>();
        for (int l = 0; l < locationCount; l++) {
            List<DataCenter> dcs = new ArrayList<>();
            for (int d = l; d < dataCenterCount; d += locationCount) {
                List<Server> servers = new ArrayList<>();
                for (int s = d; s < serverCount; s += dataCenterCount) {
                    String id = serverId(s);
                    servers.add(new Server(id, null, random.nextInt(50) == 0 ? Status.DOWN : Status.UP,
                            ipsByServer.getOrDefault(id, List.of())));
                }
                dcs.add(new DataCenter(dataCenterId(d), null, random.nextInt(100) == 0 ? Status.DOWN : Status.UP,
                        Map.of(), servers));
            }
            locations.add(new Location(locationId(l), null, REGIONS.get(l % REGIONS.size()), spots.get(l)[0],
                    spots.get(l)[1], l == 7 ? Status.DOWN : Status.UP, dcs));
        }
        return new Topology("large", null, locations, nearestNeighbourLinks(locations), pools(), zones(), origins(),
                List.of(), Map.of());
    }

    /**
     * Server index s sits in data center s % dataCenters, which sits in location d % locations. Each address
     * goes to one to four random locations, there to one or two data centers, there to ten servers.
     */
    private Map<String, List<String>> placeAddresses(int locationCount, int dataCenterCount, int serverCount) {
        Map<String, List<String>> ipsByServer = new HashMap<>();
        for (int a = 0; a < POOLS * ADDRESSES_PER_POOL; a++) {
            String ip = address(a);
            for (int copy = 1 + random.nextInt(4); copy > 0; copy--) {
                int location = random.nextInt(locationCount);
                int dataCentersUsed = 1 + random.nextInt(2);
                for (int d = location; d < dataCenterCount && dataCentersUsed-- > 0; d += locationCount) {
                    for (int s = d, placed = 0; s < serverCount && placed < 10; s += dataCenterCount, placed++) {
                        ipsByServer.computeIfAbsent(serverId(s), k -> new ArrayList<>()).add(ip);
                    }
                }
            }
        }
        return ipsByServer;
    }

    /** Each location links to its three nearest neighbours, with about 1 ms per 100 km. */
    private static List<Link> nearestNeighbourLinks(List<Location> locations) {
        Set<List<String>> pairs = new HashSet<>();
        List<Link> links = new ArrayList<>();
        for (Location from : locations) {
            locations.stream()
                    .filter(to -> to != from)
                    .sorted(Comparator.comparingDouble(to -> roughKm(from, to)))
                    .limit(3)
                    .filter(to -> pairs.add(from.id().compareTo(to.id()) < 0
                            ? List.of(from.id(), to.id()) : List.of(to.id(), from.id())))
                    .forEach(to -> links.add(new Link(from.id(), to.id(), 1 + Math.round(roughKm(from, to) / 100))));
        }
        return links;
    }

    private List<Pool> pools() {
        List<Pool> pools = new ArrayList<>();
        for (int p = 0; p < POOLS; p++) {
            List<String> addresses = new ArrayList<>();
            for (int a = p * ADDRESSES_PER_POOL; a < (p + 1) * ADDRESSES_PER_POOL; a++) {
                addresses.add(address(a));
            }
            if (p % 2 == 0) {
                addresses.add("2001:db8:" + Integer.toHexString(p) + "::/48");
            }
            pools.add(new Pool("pool-" + p, null, p % 3 == 0 ? PoolSource.BYOIP : PoolSource.LEASED, addresses));
        }
        return pools;
    }

    private List<Zone> zones() {
        List<Zone> zones = new ArrayList<>();
        for (int z = 0; z < 200; z++) {
            String pool = z % 10 == 0 ? null : "pool-" + random.nextInt(POOLS);
            List<String> regions = z % 5 == 0 ? List.of(REGIONS.get(random.nextInt(REGIONS.size()))) : List.of();
            zones.add(new Zone("zone-" + z + ".example.com", pool, regions));
        }
        return zones;
    }

    private static List<Origin> origins() {
        return List.of(Origin.of("origin-dual", "203.0.113.1", "2001:db8:ff::1"), Origin.of("origin-v4", "203.0.113.2", null));
    }

    private double[] randomSpot() {
        return new double[] {Math.toDegrees(Math.asin(2 * random.nextDouble() - 1)), 360 * random.nextDouble() - 180};
    }

    /** Equirectangular distance: good enough to pick neighbours and set plausible latencies. */
    private static double roughKm(Location a, Location b) {
        double x = Math.toRadians(b.lon() - a.lon()) * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        double y = Math.toRadians(b.lat() - a.lat());
        return 6371 * Math.sqrt(x * x + y * y);
    }

    private static String address(int a) {
        return "10." + (a / 256) + "." + (a % 256) + ".1";
    }

    static String locationId(int l) {
        return "L" + l;
    }

    static String dataCenterId(int d) {
        return "DC" + d;
    }

    static String serverId(int s) {
        return "s" + s;
    }
}
