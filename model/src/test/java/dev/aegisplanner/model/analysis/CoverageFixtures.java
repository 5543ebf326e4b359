package dev.aegisplanner.model.analysis;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.List;
import java.util.Map;

/**
 * Three metros on one backbone where every tier happens. Frankfurt 1 lists a server without an address
 * before the one holding 192.0.2.10, so a data center's outcome is worked out before its egress server is.
 *
 * <pre>
 *   FRA (EU)   FRA-1  fra1-s2, fra1-s1 [192.0.2.10], fra1-s3      FRA-2  fra2-s1, fra2-s2
 *   AMS (EU)   AMS-1  ams1-s1 [192.0.2.11], ams1-s2
 *   SIN (APAC) SIN-1  sin1-s1, sin1-s2
 *   backbone   FRA-AMS 7.5 ms, AMS-SIN 150 ms
 * </pre>
 */
final class CoverageFixtures {

    static final String SHOP = "shop.example.com";
    static final String EU_ONLY = "eu.example.com";
    static final String BLOG = "blog.example.com";
    static final String STRANDED = "void.example.com";

    private CoverageFixtures() {
    }

    static Topology threeMetros() {
        Location fra = Location.of("FRA", "EU", 50.11, 8.68,
                DataCenter.of("FRA-1", Server.of("fra1-s2"), Server.of("fra1-s1", "192.0.2.10"), Server.of("fra1-s3")),
                DataCenter.of("FRA-2", Server.of("fra2-s1"), Server.of("fra2-s2")));
        Location ams = Location.of("AMS", "EU", 52.37, 4.90,
                DataCenter.of("AMS-1", Server.of("ams1-s1", "192.0.2.11"), Server.of("ams1-s2")));
        Location sin = Location.of("SIN", "APAC", 1.35, 103.82,
                DataCenter.of("SIN-1", Server.of("sin1-s1"), Server.of("sin1-s2")));
        return new Topology("Three metros", null, List.of(fra, ams, sin),
                List.of(new Link("FRA", "AMS", 7.5), new Link("AMS", "SIN", 150)),
                List.of(Pool.of("acme", PoolSource.LEASED, "192.0.2.10", "192.0.2.11", "2001:db8:a::/48"),
                        Pool.of("stranded", PoolSource.BYOIP, "192.0.2.99")),
                List.of(new Zone(SHOP, "acme", List.of()), new Zone(EU_ONLY, "acme", List.of("EU")),
                        new Zone(BLOG, null, List.of()), new Zone(STRANDED, "stranded", List.of())),
                List.of(Origin.of("acme-origin", "203.0.113.150", "2001:db8:ff::1")), List.of(), Map.of());
    }
}
