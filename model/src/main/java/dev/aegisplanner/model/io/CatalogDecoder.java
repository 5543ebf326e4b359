package dev.aegisplanner.model.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Zone;
import java.util.List;
import java.util.Set;

/** Decodes the catalog entries of a topology file: pools, zones, origins and scenarios. */
final class CatalogDecoder {

    private static final Set<String> POOL = Set.of("id", "name", "source", "addresses");
    private static final Set<String> ZONE = Set.of("id", "pool", "regions");
    private static final Set<String> ORIGIN = Set.of("id", "name", "ipv4", "ipv6", "port", "lat", "lon");
    private static final Set<String> SCENARIO = Set.of("id", "name", "description", "zone", "origin",
            "ingressServer", "family", "expect");
    private static final Set<String> DEMAND = Set.of("zone", "origin", "location", "dataCenter", "connections",
            "family");

    private final DecodeLog log;

    CatalogDecoder(DecodeLog log) {
        this.log = log;
    }

    Pool pool(ObjectNode node, Pointer pointer) {
        String id = TopologyDecoder.id(node, pointer, "pool", "", log);
        Fields f = new Fields(node, pointer, TopologyDecoder.subject("pool", id, ""), POOL, log);
        String name = f.text("name");
        PoolSource source = f.present("source")
                ? f.word("source", PoolSource::fromJson, "\"leased\" or \"byoip\"", null) : null;
        List<String> addresses = f.present("addresses") ? f.texts("addresses") : List.of();
        return id == null ? null : new Pool(id, name, source, addresses);
    }

    Zone zone(ObjectNode node, Pointer pointer) {
        String id = TopologyDecoder.id(node, pointer, "zone", "", log);
        Fields f = new Fields(node, pointer, TopologyDecoder.subject("zone", id, ""), ZONE, log);
        String pool = f.text("pool");
        List<String> regions = f.texts("regions");
        return id == null ? null : new Zone(id, pool, regions);
    }

    Origin origin(ObjectNode node, Pointer pointer) {
        String id = TopologyDecoder.id(node, pointer, "origin", "", log);
        Fields f = new Fields(node, pointer, TopologyDecoder.subject("origin", id, ""), ORIGIN, log);
        String name = f.text("name");
        String ipv4 = f.text("ipv4");
        String ipv6 = f.text("ipv6");
        int port = f.integer("port", Origin.DEFAULT_PORT);
        Double lat = f.number("lat");
        Double lon = f.number("lon");
        return id == null ? null : new Origin(id, name, ipv4, ipv6, port, lat, lon);
    }

    Scenario scenario(ObjectNode node, Pointer pointer) {
        String id = TopologyDecoder.id(node, pointer, "scenario", "", log);
        Fields f = new Fields(node, pointer, TopologyDecoder.subject("scenario", id, ""), SCENARIO, log);
        String name = f.text("name");
        String description = f.text("description");
        String zone = f.requiredText("zone");
        String origin = f.requiredText("origin");
        String ingressServer = f.requiredText("ingressServer");
        Family family = f.word("family", Family::fromJson, "\"ipv4\" or \"ipv6\"", null);
        String expect = f.text("expect");
        return id == null ? null : new Scenario(id, name, description, zone, origin, ingressServer, family, expect);
    }

    /**
     * A demand entry. Kept even when broken (it has no id that others refer to), so that validation can say
     * everything that is wrong with it; a missing or broken {@code connections} reads as 0.
     */
    Demand demand(ObjectNode node, Pointer pointer) {
        Fields f = new Fields(node, pointer, () -> "demand entry " + pointer.key(), DEMAND, log);
        String zone = f.text("zone");
        String origin = f.text("origin");
        String location = f.text("location");
        String dataCenter = f.text("dataCenter");
        double connections = f.requiredNumber("connections");
        Family family = f.word("family", Family::fromJson, "\"ipv4\" or \"ipv6\"", null);
        return new Demand(zone, origin, location, dataCenter, connections, family);
    }
}
