package dev.aegisplanner.model.export;

import dev.aegisplanner.model.engine.Check;
import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.engine.Hop;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Small topologies and hand-built trace results for export tests. The results are written out rather than
 * computed, so these tests check the exports, not the engine.
 */
final class ExportFixtures {

    private ExportFixtures() {
    }

    /** Frankfurt (two data centers) and Amsterdam, a backbone link, an origin with coordinates. */
    static Topology twoMetros() {
        Location fra = new Location("FRA", "Frankfurt", "EU", 50.11, 8.68, Status.UP, List.of(
                DataCenter.of("FRA-1", Server.of("fra1-s1", "192.0.2.10"), Server.of("fra1-s2")),
                DataCenter.of("FRA-2", Server.of("fra2-s1", "192.0.2.11"))));
        Location ams = new Location("AMS", "Amsterdam", "EU", 52.37, 4.90, Status.UP, List.of(
                DataCenter.of("AMS-1", Server.of("ams1-s1", "192.0.2.12"))));
        Origin origin = new Origin("acme-origin", "Acme shop", "203.0.113.150", "2001:db8:ff::1", 443, 48.85, 2.35);
        return Topology.empty("Two metros")
                .withLocations(List.of(fra, ams))
                .withLinks(List.of(new Link("FRA", "AMS", 7.5)))
                .withOrigins(List.of(origin));
    }

    /** Ids and names that break naive exports: keywords, punctuation, quotes, markup, collisions, unicode. */
    static Topology awkwardNames() {
        Location end = new Location("end", "The \"end\" <b>metro</b> & #1; |pipe|", "EU", 10, 10, Status.UP, List.of(
                new DataCenter("a-b", "subgraph", Status.UP, Map.of(), List.of(Server.of("x-ray", "192.0.2.1"))),
                new DataCenter("a.b", "[brackets] (parens) {braces}", Status.DOWN, Map.of(),
                        List.of(Server.of("o.ring")))));
        Location tokyo = new Location("東京", null, null, 35.68, 139.69, Status.DOWN, List.of());
        Origin origin = new Origin("graph", "origin \"quoted\"", null, "2001:db8::1", 8443, null, null);
        return Topology.empty("Awkward \"names\"\nacross lines")
                .withLocations(List.of(end, tokyo))
                .withLinks(List.of(new Link("end", "東京", 120.25), new Link("end", "nowhere", 3)))
                .withOrigins(List.of(origin));
    }

    /** One data center with {@code servers} servers. */
    static Topology oneBigDataCenter(int servers) {
        List<Server> list = IntStream.rangeClosed(1, servers).mapToObj(i -> Server.of("s" + i)).toList();
        return Topology.empty("Big").withLocations(List.of(
                Location.of("LHR", "EU", 51.5, -0.12, new DataCenter("LHR-1", null, Status.UP, Map.of(), list))));
    }

    static Scenario scenario(String origin, String ingress) {
        return new Scenario("s", "Frankfurt \"miss\"", null, "shop.example.com", origin, ingress, Family.IPV4, null);
    }

    /** A result of the given tier on {@link #twoMetros()}, entering on fra1-s2. */
    static TraceResult trace(Tier tier) {
        Endpoint ingress = new Endpoint("fra1-s2", "FRA-1", "FRA", null);
        Endpoint egress = switch (tier) {
            case NO_AEGIS -> new Endpoint("fra1-s2", "FRA-1", "FRA", null);
            case IPV6_GLOBAL -> new Endpoint("fra1-s2", "FRA-1", "FRA", "2001:db8:a::1");
            case SAME_SERVER -> new Endpoint("fra1-s2", "FRA-1", "FRA", "192.0.2.10");
            case SAME_DATA_CENTER -> new Endpoint("fra1-s1", "FRA-1", "FRA", "192.0.2.10");
            case SAME_LOCATION -> new Endpoint("fra2-s1", "FRA-2", "FRA", "192.0.2.11");
            case OTHER_LOCATION -> new Endpoint("ams1-s1", "AMS-1", "AMS", "192.0.2.12");
            case NO_EGRESS -> null;
        };
        List<Hop> hops = new ArrayList<>(List.of(
                new Hop(HopKind.CLIENT, null, "Client", null, null),
                new Hop(HopKind.CACHE_SERVICE, "FRA-1", "Cache service in FRA-1", 0.0, null),
                new Hop(HopKind.EGRESS_ROUTER, "fra1-s2", "Egress router on fra1-s2", 0.0, null)));
        if (tier.forwards()) {
            Double latency = tier == Tier.OTHER_LOCATION ? 7.5 : null;
            Double km = tier == Tier.OTHER_LOCATION ? 364.2 : 0.0;
            hops.add(new Hop(HopKind.EGRESS_SERVER, egress.server(), "Egress server " + egress.server(), km, latency));
        }
        if (egress != null) {
            hops.add(new Hop(HopKind.ORIGIN, "acme-origin", "Origin acme-origin", 400.0, null));
        }
        Family family = tier == Tier.IPV6_GLOBAL ? Family.IPV6 : Family.IPV4;
        List<Check> checks = List.of(new Check("Dedicated pool", tier != Tier.NO_AEGIS, "zone uses pool acme"));
        return new TraceResult(tier, family, ingress, egress, hops, checks);
    }

    /** Every export the tests look at, by a name that says what it is. */
    static Map<String, String> allMermaid() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("two-metros", MermaidExport.topology(twoMetros()));
        out.put("awkward", MermaidExport.topology(awkwardNames()));
        out.put("big", MermaidExport.topology(oneBigDataCenter(130)));
        out.put("empty", MermaidExport.topology(Topology.empty("")));
        for (Tier tier : Tier.values()) {
            out.put("path-" + tier, MermaidExport.path(twoMetros(), trace(tier), scenario("acme-origin", "fra1-s2")));
        }
        out.put("path-no-scenario", MermaidExport.path(twoMetros(), trace(Tier.NO_EGRESS), null));
        return out;
    }

    static Map<String, String> allDot() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("two-metros", DotExport.topology(twoMetros()));
        out.put("awkward", DotExport.topology(awkwardNames()));
        out.put("big", DotExport.topology(oneBigDataCenter(130)));
        out.put("empty", DotExport.topology(Topology.empty("")));
        for (Tier tier : Tier.values()) {
            out.put("path-" + tier, DotExport.path(twoMetros(), trace(tier), scenario("acme-origin", "fra1-s2")));
        }
        out.put("path-no-scenario", DotExport.path(twoMetros(), trace(Tier.NO_EGRESS), null));
        return out;
    }
}
