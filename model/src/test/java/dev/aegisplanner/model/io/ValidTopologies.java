package dev.aegisplanner.model.io;

import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitrary topologies that break no rule (warnings allowed): random names with characters JSON must escape,
 * random coordinates, statuses, capacity shares, pools, zones, origins, scenarios, links and layout. Valid by
 * construction: ids are unique through an index in each, addresses come from one list partitioned into pools,
 * at most four locations exist, and every share is at most 1/16 with at most 12 data centers.
 */
final class ValidTopologies {

    private static final List<String> ADDRESSES = IntStream.range(0, 8).mapToObj(i -> "198.51.100." + i * 17).toList();
    private static final List<String> REGIONS = List.of("EU", "US", "APAC");

    private ValidTopologies() {
    }

    private record ServerDraft(String suffix, String name, Status status, List<Integer> ips) {
    }

    private record DataCenterDraft(String suffix, String name, Status status, Map<Integer, Double> shares,
                                   List<ServerDraft> servers) {
    }

    private record LocationDraft(String suffix, String name, String region, double lat, double lon, Status status,
                                 List<DataCenterDraft> dataCenters) {
    }

    private record CatalogDraft(int pools, List<PoolSource> sources, List<Integer> zonePools,
                                List<List<String>> zoneRegions, List<Origin> origins) {
    }

    private record PicksDraft(List<Integer> scenarios, List<Integer> links, List<Double> latencies,
                              List<Integer> layoutKeys, List<LayoutBox> boxes) {
    }

    static Arbitrary<Topology> topologies() {
        return Combinators.combine(text().injectNull(0.3), text().injectNull(0.7),
                        location().list().ofMinSize(1).ofMaxSize(4), catalog(), picks())
                .as(ValidTopologies::assemble);
    }

    /** Text with letters, digits and the characters JSON escapes or pointers escape: quotes, \, /, ~. */
    private static Arbitrary<String> text() {
        return Arbitraries.strings().alpha().numeric().withChars(" \"\\/~\t\néß→ü{}[]:,").ofMaxLength(10);
    }

    private static Arbitrary<String> idSuffix() {
        return Arbitraries.strings().alpha().numeric().withChars("-_.~/ é").ofMaxLength(5);
    }

    /**
     * Doubles in [min, max]: short decimals (shrinkable, and what people type), full-precision doubles (the
     * hard case for writing numbers as text), the ends of the range, and -0.0 (which must keep its sign).
     */
    private static Arbitrary<Double> doubles(double min, double max) {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(min, max).ofScale(3)),
                Tuple.of(4, Arbitraries.randomValue(r -> min + r.nextDouble() * (max - min))),
                Tuple.of(1, Arbitraries.of(min, max)),
                Tuple.of(1, Arbitraries.just(-0.0)));
    }

    private static Arbitrary<Status> status() {
        return Arbitraries.of(Status.class);
    }

    private static Arbitrary<ServerDraft> server() {
        return Combinators.combine(idSuffix(), text().injectNull(0.7), status(),
                        Arbitraries.integers().between(0, ADDRESSES.size() - 1).list().uniqueElements().ofMaxSize(3))
                .as(ServerDraft::new);
    }

    private static Arbitrary<DataCenterDraft> dataCenter() {
        Arbitrary<Map<Integer, Double>> shares = Arbitraries.maps(
                Arbitraries.integers().between(0, ADDRESSES.size() - 1),
                Arbitraries.doubles().between(0, false, 1.0 / 16, true).ofScale(12)).ofMaxSize(2);
        return Combinators.combine(idSuffix(), text().injectNull(0.5), status(), shares, server().list().ofMaxSize(4))
                .as(DataCenterDraft::new);
    }

    private static Arbitrary<LocationDraft> location() {
        return Combinators.combine(idSuffix(), text().injectNull(0.5), Arbitraries.of(REGIONS).injectNull(0.3),
                        doubles(-90, 90),
                        doubles(-180, 180), status(),
                        dataCenter().list().ofMinSize(1).ofMaxSize(3))
                .as(LocationDraft::new);
    }

    private static Arbitrary<Origin> origin() {
        Arbitrary<String> ipv4 = Arbitraries.integers().between(0, 255).map(i -> "203.0.113." + i);
        Arbitrary<String> ipv6 = Arbitraries.integers().between(0, 0xffff).map(i -> "2001:db8:ff::" + Integer.toHexString(i));
        return Combinators.combine(text().injectNull(0.5), ipv4.injectNull(0.3), ipv6, Arbitraries.integers().between(1, 65535),
                        doubles(-90, 90).injectNull(0.5),
                        doubles(-180, 180).injectNull(0.5), Arbitraries.integers().between(0, 9))
                .as((name, v4, v6, port, lat, lon, v6Choice) -> new Origin("o", name, v4,
                        v4 == null || v6Choice < 5 ? v6 : null, port, lat, lon));
    }

    private static Arbitrary<CatalogDraft> catalog() {
        return Combinators.combine(Arbitraries.integers().between(0, 3),
                        Arbitraries.of(PoolSource.class).list().ofSize(3),
                        Arbitraries.integers().between(-1, 2).list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.of(REGIONS).list().uniqueElements().ofMaxSize(2).list().ofSize(3),
                        origin().list().ofMinSize(1).ofMaxSize(3))
                .as(CatalogDraft::new);
    }

    private static Arbitrary<PicksDraft> picks() {
        Arbitrary<LayoutBox> box = Combinators.combine(
                doubles(-1e6, 1e6), doubles(-1e300, 1e300), doubles(0, 1e4), doubles(0, Double.MAX_VALUE))
                .as(LayoutBox::new);
        return Combinators.combine(Arbitraries.integers().between(0, 1_000_000).list().ofMaxSize(8),
                        Arbitraries.integers().between(0, 15).list().ofMaxSize(6),
                        doubles(0, 500).list().ofSize(6),
                        Arbitraries.integers().between(0, 1_000).list().ofMaxSize(5),
                        box.list().ofSize(5))
                .as(PicksDraft::new);
    }

    private static Topology assemble(String name, String description, List<LocationDraft> drafts,
                                     CatalogDraft catalog, PicksDraft picks) {
        List<Location> locations = new ArrayList<>();
        for (int li = 0; li < drafts.size(); li++) {
            LocationDraft l = drafts.get(li);
            List<DataCenter> dataCenters = new ArrayList<>();
            for (int di = 0; di < l.dataCenters().size(); di++) {
                DataCenterDraft d = l.dataCenters().get(di);
                List<Server> servers = new ArrayList<>();
                for (int si = 0; si < d.servers().size(); si++) {
                    ServerDraft s = d.servers().get(si);
                    servers.add(new Server("s" + li + "." + di + "." + si + s.suffix(), s.name(), s.status(),
                            s.ips().stream().map(ADDRESSES::get).toList()));
                }
                Map<String, Double> shares = new LinkedHashMap<>();
                d.shares().forEach((ip, share) -> shares.put(ADDRESSES.get(ip), share));
                dataCenters.add(new DataCenter("D" + li + "." + di + d.suffix(), d.name(), d.status(), shares, servers));
            }
            locations.add(new Location("L" + li + l.suffix(), l.name(), l.region(), l.lat(), l.lon(), l.status(),
                    dataCenters));
        }
        List<Pool> pools = pools(catalog);
        List<Zone> zones = new ArrayList<>();
        for (int z = 0; z < catalog.zonePools().size(); z++) {
            int pool = catalog.zonePools().get(z);
            String poolId = pool < 0 || pool >= pools.size() ? null : pools.get(pool).id();
            zones.add(new Zone("zone-" + z + ".example.com", poolId, catalog.zoneRegions().get(z)));
        }
        List<Origin> origins = new ArrayList<>();
        for (int o = 0; o < catalog.origins().size(); o++) {
            Origin draft = catalog.origins().get(o);
            origins.add(new Origin("origin-" + o, draft.name(), draft.ipv4(), draft.ipv6(), draft.port(), draft.lat(),
                    draft.lon()));
        }
        Topology topology = new Topology(name, description, locations, links(locations, picks), pools, zones, origins,
                List.of(), Map.of());
        return topology.withScenarios(scenarios(topology, picks)).withDemand(demand(topology, picks))
                .withLayout(layout(topology, picks));
    }

    private static List<Pool> pools(CatalogDraft catalog) {
        List<Pool> pools = new ArrayList<>();
        for (int p = 0; p < catalog.pools(); p++) {
            List<String> addresses = new ArrayList<>();
            for (int a = p; a < ADDRESSES.size(); a += catalog.pools()) {
                addresses.add(ADDRESSES.get(a));
            }
            addresses.add("2001:db8:" + (p + 1) + "::/48");
            pools.add(new Pool("pool-" + p, p == 0 ? null : "Pool " + p, catalog.sources().get(p), addresses));
        }
        // Every egress address must be in a pool; with no pools drawn, one pool takes them all.
        if (pools.isEmpty()) {
            pools.add(new Pool("pool-all", null, PoolSource.LEASED, ADDRESSES));
        }
        return pools;
    }

    private static List<Link> links(List<Location> locations, PicksDraft picks) {
        List<Link> links = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        int n = locations.size();
        for (int i = 0; i < picks.links().size() && n >= 2; i++) {
            int a = picks.links().get(i) % n;
            int b = (a + 1 + picks.links().get(i) / n % (n - 1)) % n;
            if (pairs.add(Math.min(a, b) + "-" + Math.max(a, b))) {
                links.add(new Link(locations.get(a).id(), locations.get(b).id(), picks.latencies().get(i)));
            }
        }
        return links;
    }

    private static List<Scenario> scenarios(Topology t, PicksDraft picks) {
        List<Server> servers = t.servers().toList();
        List<Scenario> scenarios = new ArrayList<>();
        if (servers.isEmpty() || t.zones().isEmpty() || t.origins().isEmpty()) {
            return scenarios;
        }
        for (int i = 0; i < picks.scenarios().size(); i++) {
            int pick = picks.scenarios().get(i);
            Origin origin = t.origins().get(pick % t.origins().size());
            Family family = switch (pick % 3) {
                case 0 -> null;
                case 1 -> origin.ipv4() != null ? Family.IPV4 : Family.IPV6;
                default -> origin.ipv6() != null ? Family.IPV6 : null;
            };
            String expect = pick % 2 == 0 ? null : Tier.values()[pick % Tier.values().length].name();
            scenarios.add(new Scenario("scenario-" + i, pick % 5 == 0 ? null : "Scenario " + i,
                    pick % 7 == 0 ? "a \"quoted\" description" : null, t.zones().get(pick % t.zones().size()).id(),
                    origin.id(), servers.get(pick % servers.size()).id(), family, expect));
        }
        return scenarios;
    }

    /** Demand on locations and data centers, some with the family written, some with fractional connections. */
    private static List<Demand> demand(Topology t, PicksDraft picks) {
        List<DataCenter> dataCenters = t.dataCenters().toList();
        List<Demand> demand = new ArrayList<>();
        if (t.zones().isEmpty() || t.origins().isEmpty()) {
            return demand;
        }
        for (int i = 0; i < picks.scenarios().size(); i++) {
            int pick = picks.scenarios().get(i);
            Origin origin = t.origins().get(pick % t.origins().size());
            Family family = origin.ipv4() == null ? Family.IPV6 : pick % 3 == 0 ? Family.IPV4 : null;
            String zone = t.zones().get(pick % t.zones().size()).id();
            String location = pick % 2 == 0 ? t.locations().get(pick % t.locations().size()).id() : null;
            String dataCenter = location == null ? dataCenters.get(pick % dataCenters.size()).id() : null;
            double connections = pick % 4 == 0 ? pick / 7.0 : pick;
            demand.add(new Demand(zone, origin.id(), location, dataCenter, connections, family));
        }
        return demand;
    }

    private static Map<String, LayoutBox> layout(Topology t, PicksDraft picks) {
        List<String> ids = new ArrayList<>();
        t.locations().forEach(l -> ids.add(l.id()));
        t.dataCenters().forEach(d -> ids.add(d.id()));
        t.servers().forEach(s -> ids.add(s.id()));
        t.origins().forEach(o -> ids.add(o.id()));
        Map<String, LayoutBox> layout = new LinkedHashMap<>();
        for (int i = 0; i < picks.layoutKeys().size() && !ids.isEmpty(); i++) {
            layout.put(ids.get(picks.layoutKeys().get(i) % ids.size()), picks.boxes().get(i));
        }
        return layout;
    }
}
