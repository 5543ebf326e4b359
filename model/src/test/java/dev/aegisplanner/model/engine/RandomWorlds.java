package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.DataCenter;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random valid topologies, small enough to read in a failure report and built to hit every tier and every
 * tie: coordinates come from a short list (so locations share spots), latencies are whole milliseconds
 * (so equal paths add up exactly), ids are not in file order, addresses mix 10.0.0.2 with 10.0.0.10.
 * Sizes are jqwik parameters, so a failure shrinks towards a smaller world.
 */
final class RandomWorlds {

    /** A topology and the requests to trace on it: every zone from every server, random origin and family. */
    record World(Topology topology, List<Request> requests) {
        @Override
        public String toString() {
            return "World" + topology.locations() + topology.links() + topology.zones();
        }
    }

    static final List<String> REGIONS = List.of("EU", "US", "APAC");
    private static final List<String> LOCATION_IDS = List.of("FRA", "AMS", "SIN", "NYC", "GRU", "SYD", "JNB");
    private static final double[][] SPOTS = {{50.11, 8.68}, {52.37, 4.90}, {1.35, 103.82}, {40.71, -74.01}, {0, 0}};
    private static final List<Pool> POOLS = List.of(
            Pool.of("acme", PoolSource.LEASED, "10.0.0.2", "10.0.0.10", "10.0.0.1"),
            Pool.of("beta", PoolSource.BYOIP, "10.0.1.1", "10.0.1.2"),
            Pool.of("gamma", PoolSource.LEASED));
    private static final List<String> IPV6_ENTRIES = List.of("2001:db8:a::/48", "2001:DB8:B::1", "2001:db8:c::/64");
    /** Every IPv4 address a server may be given: the pools' and one that is in no pool. */
    static final List<String> SERVER_ADDRESSES = List.of(
            "10.0.0.1", "10.0.0.2", "10.0.0.10", "10.0.1.1", "10.0.1.2", "192.0.2.99");

    private final Random random;

    private RandomWorlds(long seed) {
        this.random = new Random(seed);
    }

    static Arbitrary<World> worlds() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, LOCATION_IDS.size()),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(0, 10),
                        Arbitraries.longs())
                .as((locations, dataCenters, servers, links, seed) ->
                        new RandomWorlds(seed).world(locations, dataCenters, servers, links));
    }

    private World world(int locationCount, int maxDataCenters, int maxServers, int linkCount) {
        List<String> ids = new ArrayList<>(LOCATION_IDS);
        Collections.shuffle(ids, random);
        List<Location> locations = new ArrayList<>();
        for (String id : ids.subList(0, locationCount)) {
            double[] spot = SPOTS[random.nextInt(SPOTS.length)];
            String region = random.nextInt(5) == 0 ? null : pick(REGIONS);
            locations.add(new Location(id, null, region, spot[0], spot[1], status(),
                    dataCenters(id, sometimesNone(maxDataCenters), maxServers)));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < linkCount; i++) {
            links.add(new Link(pick(locations).id(), pick(locations).id(), 1 + random.nextInt(8)));
        }
        Topology topology = new Topology("random", null, locations, links, pools(), zones(), origins(), List.of(), Map.of());
        return new World(topology, requests(topology));
    }

    private List<DataCenter> dataCenters(String location, int count, int maxServers) {
        List<DataCenter> dataCenters = new ArrayList<>();
        for (int number : distinctNumbers(count)) {
            String id = location + "-" + number;
            List<Server> servers = new ArrayList<>();
            for (int s : distinctNumbers(sometimesNone(maxServers))) {
                List<String> ips = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    ips.add(pick(SERVER_ADDRESSES));
                }
                servers.add(new Server(id.toLowerCase() + "-s" + s, null, status(), ips));
            }
            dataCenters.add(new DataCenter(id, null, status(), Map.of(), servers));
        }
        return dataCenters;
    }

    /** Each pool gets an IPv6 entry half of the time, at a random place in its list. */
    private List<Pool> pools() {
        List<Pool> pools = new ArrayList<>();
        for (int i = 0; i < POOLS.size(); i++) {
            List<String> addresses = new ArrayList<>(POOLS.get(i).addresses());
            if (random.nextBoolean()) {
                addresses.add(random.nextInt(addresses.size() + 1), IPV6_ENTRIES.get(i));
            }
            pools.add(POOLS.get(i).withAddresses(addresses));
        }
        return pools;
    }

    private List<Zone> zones() {
        List<Zone> zones = new ArrayList<>();
        zones.add(new Zone("shared.example.com", null, List.of()));
        for (Pool pool : POOLS) {
            List<String> regions = new ArrayList<>();
            for (String region : REGIONS) {
                if (random.nextInt(4) == 0) {
                    regions.add(region);
                }
            }
            zones.add(new Zone(pool.id() + ".example.com", pool.id(), regions));
        }
        return zones;
    }

    private static List<Origin> origins() {
        return List.of(Origin.of("dual", "203.0.113.1", "2001:db8:ff::1"),
                Origin.of("v4", "203.0.113.2", null),
                Origin.of("v6", null, "2001:db8:ff::3"));
    }

    private List<Request> requests(Topology topology) {
        List<Family> families = new ArrayList<>(List.of(Family.IPV4, Family.IPV6));
        families.add(null);
        List<Request> requests = new ArrayList<>();
        topology.servers().forEach(server -> topology.zones().forEach(zone -> requests.add(
                new Request(zone.id(), pick(topology.origins()).id(), server.id(), pick(families)))));
        return requests;
    }

    /** Between 1 and {@code max}, but now and then none: empty locations and data centers exist too. */
    private int sometimesNone(int max) {
        return random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(max);
    }

    private Status status() {
        return random.nextInt(7) == 0 ? Status.DOWN : Status.UP;
    }

    private List<Integer> distinctNumbers(int count) {
        List<Integer> numbers = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        Collections.shuffle(numbers, random);
        return numbers.subList(0, count);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
