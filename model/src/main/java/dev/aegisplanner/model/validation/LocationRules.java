package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;

/**
 * Locations, their data centers and servers: unique ids, coordinates on the globe, no empty data centers.
 * The ids it registers are what the other rules check references against. Its pass over the servers is the
 * only one validation makes: each server's egress addresses are indexed and checked on the way.
 */
final class LocationRules {

    final IdRegistry locations;
    final IdRegistry dataCenters;
    final IdRegistry servers;

    LocationRules(Topology topology, Findings findings) {
        int dataCenterCount = 0;
        int serverCount = 0;
        for (Location location : topology.locations()) {
            dataCenterCount += location.dataCenters().size();
            for (DataCenter dataCenter : location.dataCenters()) {
                serverCount += dataCenter.servers().size();
            }
        }
        locations = new IdRegistry("location", "among locations", null, topology.locations().size(), findings);
        dataCenters = new IdRegistry("data center", "in the whole file", "location", dataCenterCount, findings);
        servers = new IdRegistry("server", "in the whole file", "data center", serverCount, findings);
    }

    void check(Topology topology, AddressIndex addresses, Findings findings) {
        List<Location> list = topology.locations();
        for (int li = 0; li < list.size(); li++) {
            Location location = list.get(li);
            int l = li;
            locations.register(location.id(), "", () -> Places.location(l));
            Coordinates.check(findings, Places.location(li), "Location " + location.id(), location.lat(), location.lon());
            for (int di = 0; di < location.dataCenters().size(); di++) {
                DataCenter dataCenter = location.dataCenters().get(di);
                int d = di;
                dataCenters.register(dataCenter.id(), location.id(), () -> Places.dataCenter(l, d));
                if (dataCenter.servers().isEmpty()) {
                    findings.warning("empty-data-center", Places.dataCenter(li, di),
                            "Data center " + dataCenter.id() + " has no servers");
                }
                for (int si = 0; si < dataCenter.servers().size(); si++) {
                    Server server = dataCenter.servers().get(si);
                    if (!servers.add(server.id(), dataCenter.id())) {
                        servers.duplicate(server.id(), Places.server(li, di, si));
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
