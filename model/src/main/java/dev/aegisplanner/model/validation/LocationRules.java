package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import java.util.List;

/**
 * Locations, their data centers and servers: unique ids, coordinates on the globe, no empty data centers.
 * The ids are what the other rules check references against. Its pass over the servers is the only one
 * validation makes: each server's egress addresses are indexed and checked on the way.
 *
 * <p>The topology's index already knows every id, and whether any repeats: when none does, which is every
 * valid file, the index answers for the ids and no table of 100,000 server ids is built a second time (the
 * editor and the engine need the index anyway, and it is shared by every version with the same tree). Only
 * when an id repeats are the ids registered one by one, to say which element repeats which.
 */
final class LocationRules {

    final KnownIds locations;
    final KnownIds dataCenters;
    final KnownIds servers;
    /** The registries that report repeated ids, or {@code null} when the index says that no id repeats. */
    private final Registries registries;

    private record Registries(IdRegistry locations, IdRegistry dataCenters, IdRegistry servers) {
    }

    LocationRules(Topology topology, Findings findings) {
        TopologyIndex index = topology.index();
        if (index.hasRepeatedIds()) {
            registries = registries(topology, findings);
            locations = registries.locations();
            dataCenters = registries.dataCenters();
            servers = registries.servers();
        } else {
            registries = null;
            locations = id -> index.locationIndex(id) >= 0;
            dataCenters = id -> index.contains(ElementRef.dataCenter(id));
            servers = id -> index.serverOrdinal(id) >= 0;
        }
    }

    private static Registries registries(Topology topology, Findings findings) {
        int dataCenterCount = 0;
        int serverCount = 0;
        for (Location location : topology.locations()) {
            dataCenterCount += location.dataCenters().size();
            for (DataCenter dataCenter : location.dataCenters()) {
                serverCount += dataCenter.servers().size();
            }
        }
        return new Registries(
                new IdRegistry("location", "among locations", null, topology.locations().size(), findings),
                new IdRegistry("data center", "in the whole file", "location", dataCenterCount, findings),
                new IdRegistry("server", "in the whole file", "data center", serverCount, findings));
    }

    void check(Topology topology, AddressIndex addresses, Findings findings) {
        List<Location> list = topology.locations();
        for (int li = 0; li < list.size(); li++) {
            Location location = list.get(li);
            int l = li;
            if (registries != null) {
                registries.locations().register(location.id(), "", () -> Places.location(l));
            }
            Coordinates.check(findings, Places.location(li), "Location " + location.id(), location.lat(), location.lon());
            for (int di = 0; di < location.dataCenters().size(); di++) {
                DataCenter dataCenter = location.dataCenters().get(di);
                int d = di;
                if (registries != null) {
                    registries.dataCenters().register(dataCenter.id(), location.id(), () -> Places.dataCenter(l, d));
                }
                if (dataCenter.servers().isEmpty()) {
                    findings.warning("empty-data-center", Places.dataCenter(li, di),
                            "Data center " + dataCenter.id() + " has no servers");
                }
                for (int si = 0; si < dataCenter.servers().size(); si++) {
                    Server server = dataCenter.servers().get(si);
                    if (registries != null && !registries.servers().add(server.id(), dataCenter.id())) {
                        registries.servers().duplicate(server.id(), Places.server(li, di, si));
                    }
                    if (!server.egressIps().isEmpty()) {
                        addresses.add(location, dataCenter, server, li, di, si);
                        EgressAddressRules.checkEgressIps(server, li, di, si, addresses, findings);
                    }
                }
            }
        }
    }
}
