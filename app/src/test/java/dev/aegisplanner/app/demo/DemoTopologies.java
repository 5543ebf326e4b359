package dev.aegisplanner.app.demo;

import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.TraceResult;
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
import java.util.List;
import java.util.Map;

/** A world-wide sample for view tests and screenshots: twelve metros, a backbone, one pool. */
public final class DemoTopologies {

    private DemoTopologies() {
    }

    private static Location metro(String id, String name, String region, double lat, double lon, String... ips) {
        Server first = Server.of(id.toLowerCase() + "1-s1", ips);
        Server second = Server.of(id.toLowerCase() + "1-s2");
        return new Location(id, name, region, lat, lon, Status.UP, List.of(
                DataCenter.of(id + "-1", first, second), DataCenter.of(id + "-2", Server.of(id.toLowerCase() + "2-s1"))));
    }

    public static Topology world() {
        Location nrt = metro("NRT", "Tokyo", "APAC", 35.68, 139.69);
        Location sin = metro("SIN", "Singapore", "APAC", 1.35, 103.82);
        Location syd = metro("SYD", "Sydney", "APAC", -33.87, 151.21);
        Location lax = metro("LAX", "Los Angeles", "NA", 34.05, -118.24, "192.0.2.20");
        Location fra = metro("FRA", "Frankfurt", "EU", 50.11, 8.68, "192.0.2.10");
        Location lhr = metro("LHR", "London", "EU", 51.51, -0.13);
        Location ams = metro("AMS", "Amsterdam", "EU", 52.37, 4.90);
        Location iad = metro("IAD", "Ashburn", "NA", 39.04, -77.49);
        Location gru = metro("GRU", "São Paulo", "SA", -23.55, -46.63);
        Location jnb = metro("JNB", "Johannesburg", "AF", -26.20, 28.05);
        Location bom = metro("BOM", "Mumbai", "APAC", 19.08, 72.88);
        Location ord = metro("ORD", "Chicago", "NA", 41.88, -87.63);
        ams = ams.withDataCenters(List.of(ams.dataCenters().get(0), ams.dataCenters().get(1).withStatus(Status.DOWN)));
        jnb = jnb.withStatus(Status.DOWN);
        List<Link> links = List.of(new Link("NRT", "LAX", 52), new Link("NRT", "SIN", 34), new Link("SIN", "SYD", 46),
                new Link("SYD", "LAX", 70), new Link("LAX", "ORD", 24), new Link("ORD", "IAD", 9),
                new Link("IAD", "LHR", 38), new Link("LHR", "AMS", 5), new Link("AMS", "FRA", 7.5),
                new Link("LHR", "FRA", 8), new Link("FRA", "BOM", 55), new Link("BOM", "SIN", 29),
                new Link("IAD", "GRU", 58), new Link("GRU", "JNB", 88), new Link("JNB", "BOM", 60));
        Pool pool = Pool.of("acme", PoolSource.LEASED, "192.0.2.10", "192.0.2.20", "2001:db8:a::/48");
        Origin origin = new Origin("acme-origin", "Acme shop", "203.0.113.150", "2001:db8:ff::1", 443, 37.77, -122.42);
        return Topology.empty("Acme world")
                .withLocations(List.of(nrt, sin, syd, lax, fra, lhr, ams, iad, gru, jnb, bom, ord))
                .withLinks(links)
                .withPools(List.of(pool))
                .withZones(List.of(new Zone("shop.example.com", "acme", List.of())))
                .withOrigins(List.of(origin))
                .withLayout(Map.of());
    }

    /** A request entering in São Paulo that the backbone forwards through Ashburn and Chicago to Los Angeles. */
    public static TraceResult saoPauloToLosAngeles(Topology world) {
        return new ForwardingEngine(world).trace(new Request("shop.example.com", "acme-origin", "gru1-s1", Family.IPV4));
    }

    /** A request entering in Sydney that the backbone forwards across the Pacific to Los Angeles. */
    public static TraceResult sydneyToLosAngeles(Topology world) {
        return new ForwardingEngine(world).trace(new Request("shop.example.com", "acme-origin", "syd1-s1", Family.IPV4));
    }
}
