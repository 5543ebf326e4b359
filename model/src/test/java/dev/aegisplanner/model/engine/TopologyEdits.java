package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Small what-if edits for tests: take elements down, hand a server another address. */
final class TopologyEdits {

    private TopologyEdits() {
    }

    /** The topology with every location, data center or server of these ids down. */
    static Topology down(Topology topology, String... ids) {
        Set<String> targets = Set.of(ids);
        return topology.withLocations(topology.locations().stream()
                .map(l -> targets.contains(l.id()) ? l.withStatus(Status.DOWN) : l)
                .map(l -> withDataCenters(l, d -> targets.contains(d.id()) ? d.withStatus(Status.DOWN) : d))
                .map(l -> withDataCenters(l, d -> d.withServers(d.servers().stream()
                        .map(s -> targets.contains(s.id()) ? s.withStatus(Status.DOWN) : s).toList())))
                .toList());
    }

    /** The topology with {@code ip} appended to the egress addresses of the server(s) with this id. */
    static Topology withEgressIp(Topology topology, String serverId, String ip) {
        return topology.withLocations(topology.locations().stream()
                .map(l -> withDataCenters(l, d -> d.withServers(d.servers().stream()
                        .map(s -> s.id().equals(serverId) ? s.withEgressIps(appended(s, ip)) : s).toList())))
                .toList());
    }

    private static Location withDataCenters(Location location, UnaryOperator<DataCenter> edit) {
        return location.withDataCenters(location.dataCenters().stream().map(edit).toList());
    }

    private static List<String> appended(Server server, String ip) {
        List<String> ips = new ArrayList<>(server.egressIps());
        ips.add(ip);
        return ips;
    }
}
