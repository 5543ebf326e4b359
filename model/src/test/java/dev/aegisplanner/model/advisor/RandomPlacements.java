package dev.aegisplanner.model.advisor;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Demand;
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
import java.util.Random;

/**
 * Small random plans for the advisor, from a seed (so a failure names the seed that reproduces it): up to seven
 * locations across the world, some down, some with a data center down or no up server; backbone links now and then
 * (so some ingress locations rank by latency and others by distance); one pool with 1 to 3 addresses placed at
 * random; one or two zones, sometimes limited to regions; one or two origins, one maybe without coordinates;
 * demand in every location that can take it, in multiples of 40 connections (a thousandth of an address), from
 * light to more than the addresses can carry, so some plans have no placement at all.
 */
final class RandomPlacements {

    static final String POOL = "p";
    private static final String[] IDS = {"AMS", "FRA", "GRU", "JNB", "NYC", "SIN", "SYD"};
    private static final String[] REGIONS = {"EU", "US", "APAC"};

    private final Random random;

    private RandomPlacements(long seed) {
        this.random = new Random(seed);
    }

    /** A plan with {@code locations} locations and {@code addresses} pool addresses. */
    static Topology plan(long seed, int locations, int addresses) {
        return new RandomPlacements(seed).build(locations, addresses);
    }

    private Topology build(int count, int addresses) {
        List<String> pool = new ArrayList<>();
        for (int a = 0; a < addresses; a++) {
            pool.add("10.0.0." + (a + 1));
        }
        List<Location> locations = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            locations.add(location(IDS[l], pool));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                if (random.nextInt(4) == 0) {
                    links.add(new Link(IDS[i], IDS[j], 1 + random.nextInt(150) + random.nextDouble()));
                }
            }
        }
        List<Zone> zones = new ArrayList<>();
        zones.add(new Zone("z1", POOL, random.nextInt(3) == 0 ? List.of(REGIONS[random.nextInt(3)], "US") : List.of()));
        if (random.nextBoolean()) {
            zones.add(new Zone("z2", POOL, List.of()));
        }
        List<Origin> origins = new ArrayList<>();
        origins.add(new Origin("o1", null, "203.0.113.1", null, 443, lat(), lon()));
        if (random.nextBoolean()) {
            boolean placed = random.nextBoolean();
            origins.add(new Origin("o2", null, "203.0.113.2", null, 443, placed ? lat() : null, placed ? lon() : null));
        }
        int scale = 1 + random.nextInt(random.nextInt(3) == 0 ? 1500 : 400);
        List<Demand> demand = new ArrayList<>();
        for (Location location : locations) {
            for (Zone zone : zones) {
                for (Origin origin : origins) {
                    if (random.nextInt(4) != 0) {
                        demand.add(Demand.inLocation(zone.id(), origin.id(), location.id(),
                                40.0 * (1 + random.nextInt(scale))));
                    }
                }
            }
        }
        Topology plan = new Topology("random", null, locations, links,
                List.of(new Pool(POOL, null, PoolSource.LEASED, pool)), zones, origins, List.of(), null);
        return plan.withDemand(demand.stream().filter(d -> canLand(plan, d.location())).toList());
    }

    private Location location(String id, List<String> pool) {
        List<DataCenter> dataCenters = new ArrayList<>();
        int count = 1 + random.nextInt(2);
        for (int d = 1; d <= count; d++) {
            List<Server> servers = new ArrayList<>();
            int serverCount = 1 + random.nextInt(2);
            for (int s = 1; s <= serverCount; s++) {
                List<String> ips = random.nextInt(3) == 0 ? List.of(pool.get(random.nextInt(pool.size()))) : List.of();
                Status status = random.nextInt(8) == 0 ? Status.DOWN : Status.UP;
                servers.add(new Server(id.toLowerCase() + d + "-s" + s, null, status, ips));
            }
            Status status = random.nextInt(8) == 0 ? Status.DOWN : Status.UP;
            dataCenters.add(new DataCenter(id + "-" + d, null, status, null, servers));
        }
        Status status = random.nextInt(10) == 0 ? Status.DOWN : Status.UP;
        return new Location(id, null, REGIONS[random.nextInt(REGIONS.length)], lat(), lon(), status, dataCenters);
    }

    /** Demand goes only where it can land, so failover between locations stays the capacity tests' business. */
    private static boolean canLand(Topology plan, String location) {
        Location l = plan.location(location).orElseThrow();
        return l.status().isUp() && l.dataCenters().stream().anyMatch(d -> d.status().isUp()
                && d.servers().stream().anyMatch(s -> s.status().isUp()));
    }

    private double lat() {
        return -60 + random.nextDouble() * 120;
    }

    private double lon() {
        return -180 + random.nextDouble() * 360;
    }
}
