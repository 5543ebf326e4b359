package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of a topology the cascade's answers depend on, small enough to build an engine on for every
 * failure drill: every location and data center with its status, every server that lists an egress address,
 * and per data center one up server that lists none, standing for all of them (a "representative").
 *
 * <p>Why that is enough: servers that list no address are alike to the cascade apart from their ids. For IPv4
 * none of them can egress, so each reaches what its data center, location and the closest other location
 * offer, never itself; for IPv6 each that is up egresses itself, or none can (outside the zone's regions). A
 * data center keeps a server that can egress exactly when it had one, so the cascade picks the same egress
 * data center and location; only the id of the egress server may differ, which capacity never uses. Names,
 * shares, scenarios, demand and layout play no part in routing and are left out, so two topologies that route
 * alike have equal projections ({@link #equals}), which lets an analysis keep its routes across edits of
 * demand or shares.
 */
final class RoutingTopology {

    private final Topology topology;
    private final Map<String, String> representatives;

    private RoutingTopology(Topology topology, Map<String, String> representatives) {
        this.topology = topology;
        this.representatives = representatives;
    }

    static RoutingTopology of(Topology full) {
        Map<String, String> representatives = new HashMap<>();
        List<Location> locations = new ArrayList<>(full.locations().size());
        for (Location location : full.locations()) {
            List<DataCenter> dataCenters = new ArrayList<>(location.dataCenters().size());
            for (DataCenter dataCenter : location.dataCenters()) {
                List<Server> servers = new ArrayList<>();
                boolean represented = false;
                for (Server server : dataCenter.servers()) {
                    if (!server.egressIps().isEmpty()) {
                        servers.add(server.name() == null ? server : server.withName(null));
                    } else if (!represented && server.status().isUp()) {
                        represented = true;
                        servers.add(server.name() == null ? server : server.withName(null));
                        representatives.putIfAbsent(dataCenter.id(), server.id());
                    }
                }
                dataCenters.add(new DataCenter(dataCenter.id(), null, dataCenter.status(), Map.of(), servers));
            }
            locations.add(new Location(location.id(), null, location.region(), location.lat(), location.lon(),
                    location.status(), dataCenters));
        }
        Topology routing = new Topology(null, null, locations, full.links(), full.pools(), full.zones(),
                full.origins(), List.of(), Map.of());
        return new RoutingTopology(routing, Map.copyOf(representatives));
    }

    Topology topology() {
        return topology;
    }

    /** The up server that stands for the data center's up servers without addresses, or {@code null}. */
    String representative(String dataCenter) {
        return representatives.get(dataCenter);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoutingTopology r && topology.equals(r.topology);
    }

    @Override
    public int hashCode() {
        return topology.hashCode();
    }
}
