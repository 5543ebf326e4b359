package dev.aegisplanner.model.generate;

import dev.aegisplanner.model.geo.GreatCircle;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The customers of a generated topology: per customer a dedicated pool, its zones and origin, and where its
 * IPv4 addresses are deployed. Each address goes to servers in at most four locations near the customer's
 * home metro (the rule the validator enforces), and a few get an explicit data-center capacity share.
 */
final class CustomerPlan {

    /** One customer and what the scenarios need to know about it. */
    record Customer(String name, Pool pool, Zone zone, Origin origin, Location home, List<Location> egressLocations,
                    ServerPlace holder) {
    }

    private static final List<String> NAMES = List.of("acme", "globex", "initech", "umbrella", "hooli", "stark",
            "wayne", "wonka", "tyrell", "cyberdyne", "soylent", "aperture", "oscorp", "vandelay", "nakatomi",
            "monarch", "gringotts", "massive", "duff", "krusty", "prestige", "virtucon", "zorg", "dunder");
    private static final int MAX_LOCATIONS_PER_ADDRESS = 4;

    private final Random random;
    private final AddressPlan addresses = new AddressPlan();
    final List<Customer> customers = new ArrayList<>();
    final List<Zone> zones = new ArrayList<>();
    final Map<String, List<String>> serverIps = new HashMap<>();
    final Map<String, Map<String, Double>> dataCenterShares = new HashMap<>();

    CustomerPlan(List<Location> locations, int poolCount, Random random) {
        this.random = random;
        List<Location> withServers = locations.stream()
                .filter(l -> l.dataCenters().stream().anyMatch(d -> !d.servers().isEmpty()))
                .toList();
        for (int i = 0; i < poolCount; i++) {
            addCustomer(i, withServers);
        }
        zones.add(new Zone("www.shared.example", null, List.of()));
    }

    private void addCustomer(int index, List<Location> withServers) {
        String name = index < NAMES.size() ? NAMES.get(index) : "customer" + (index + 1);
        Location home = withServers.isEmpty() ? null : withServers.get(random.nextInt(withServers.size()));
        List<Location> egress = home == null ? List.of() : nearest(home, withServers, 1 + random.nextInt(MAX_LOCATIONS_PER_ADDRESS));
        List<String> poolAddresses = new ArrayList<>();
        ServerPlace holder = null;
        for (int a = 2 + random.nextInt(7); a > 0; a--) {
            String address = addresses.next();
            poolAddresses.add(address);
            ServerPlace placed = deploy(address, egress);
            holder = holder == null ? placed : holder;
        }
        if (index % 2 == 0) {
            poolAddresses.add(String.format(Locale.ROOT, "2001:db8:%x::/48", 0x100 + index));
        }
        PoolSource source = index % 3 == 2 ? PoolSource.BYOIP : PoolSource.LEASED;
        Pool pool = new Pool(name, capitalized(name) + " egress", source, poolAddresses);
        Zone zone = new Zone("www." + name + ".example", pool.id(), List.of());
        zones.add(zone);
        if (home != null && random.nextDouble() < 0.4) {
            zones.add(new Zone(home.region().toLowerCase(Locale.ROOT) + "." + name + ".example", pool.id(),
                    List.of(home.region())));
        }
        customers.add(new Customer(name, pool, zone, origin(index, name, home), home, egress, holder));
    }

    /** Deploys an address to a few servers in each of some egress locations; returns a server that is fully up. */
    private ServerPlace deploy(String address, List<Location> egress) {
        ServerPlace upHolder = null;
        List<String> holdingDataCenters = new ArrayList<>();
        for (Location location : egress) {
            if (egress.size() > 1 && random.nextDouble() < 0.2) {
                continue;
            }
            List<DataCenter> candidates = location.dataCenters().stream().filter(d -> !d.servers().isEmpty()).toList();
            for (int d = Math.min(candidates.size(), 1 + random.nextInt(2)); d > 0; d--) {
                DataCenter dc = candidates.get(random.nextInt(candidates.size()));
                holdingDataCenters.add(dc.id());
                for (int s = Math.min(dc.servers().size(), 1 + random.nextInt(3)); s > 0; s--) {
                    Server server = dc.servers().get(random.nextInt(dc.servers().size()));
                    List<String> ips = serverIps.computeIfAbsent(server.id(), id -> new ArrayList<>());
                    if (!ips.contains(address)) {
                        ips.add(address);
                    }
                    ServerPlace place = new ServerPlace(location, dc, server);
                    upHolder = upHolder == null && place.isUp() ? place : upHolder;
                }
            }
        }
        List<String> distinct = holdingDataCenters.stream().distinct().toList();
        if (distinct.size() >= 2 && random.nextDouble() < 0.3) {
            dataCenterShares.computeIfAbsent(distinct.get(0), id -> new LinkedHashMap<>()).put(address, 0.5);
        }
        return upHolder;
    }

    private Origin origin(int index, String name, Location home) {
        // TEST-NET-3 (203.0.113.0/24) for origin IPv4; beyond it, origins are IPv6-only.
        String ipv4 = index < 254 ? "203.0.113." + (index + 1) : null;
        String ipv6 = String.format(Locale.ROOT, "2001:db8:ffff::%x", index + 1);
        Double lat = home == null ? null : Math.round((home.lat() + random.nextDouble() - 0.5) * 100) / 100.0;
        Double lon = home == null ? null : Math.round((home.lon() + random.nextDouble() - 0.5) * 100) / 100.0;
        return new Origin(name + "-origin", capitalized(name) + " origin", ipv4, ipv6, Origin.DEFAULT_PORT, lat, lon);
    }

    private static List<Location> nearest(Location home, List<Location> candidates, int count) {
        return candidates.stream()
                .sorted(Comparator.comparingDouble((Location l) -> GreatCircle.km(home.lat(), home.lon(), l.lat(), l.lon()))
                        .thenComparing(Location::id))
                .limit(count)
                .toList();
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
