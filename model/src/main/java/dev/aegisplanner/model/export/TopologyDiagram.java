package dev.aegisplanner.model.export;

import dev.aegisplanner.model.export.DiagramEdge.EdgeStyle;
import dev.aegisplanner.model.export.DiagramNode.NodeShape;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole topology as a diagram: a cluster per location with a nested cluster per data center and its
 * servers, the origins beside them, and the backbone links between locations labelled with their latency.
 * Large data centers are summarised ("... 120 more servers") because a diagram of thousands of boxes helps
 * nobody; every cluster holds at least one node, so both formats can anchor edges on it.
 */
final class TopologyDiagram {

    private final DiagramIds ids = new DiagramIds();
    private final Map<String, String> locationIds = new HashMap<>();
    private final int serversPerDataCenter;

    private TopologyDiagram(int serversPerDataCenter) {
        if (serversPerDataCenter < 1) {
            throw new IllegalArgumentException("serversPerDataCenter must be at least 1");
        }
        this.serversPerDataCenter = serversPerDataCenter;
    }

    static Diagram of(Topology topology, int serversPerDataCenter) {
        return new TopologyDiagram(serversPerDataCenter).build(topology);
    }

    private Diagram build(Topology topology) {
        List<DiagramPart> parts = new ArrayList<>();
        for (Location location : topology.locations()) {
            parts.add(location(location));
        }
        for (Origin origin : topology.origins()) {
            parts.add(origin(origin));
        }
        List<DiagramEdge> edges = new ArrayList<>();
        for (Link link : topology.links()) {
            String from = locationIds.get(link.from());
            String to = locationIds.get(link.to());
            // A link to a location that does not exist is a validation error; the export leaves it out.
            if (from != null && to != null) {
                edges.add(new DiagramEdge(from, to, Quantities.millis(link.latencyMs()), EdgeStyle.LINK));
            }
        }
        String name = topology.name() == null || topology.name().isBlank() ? "Topology" : topology.name();
        return new Diagram("Aegis topology: " + name, summary(topology), parts, edges);
    }

    private DiagramCluster location(Location location) {
        String id = locationIds.computeIfAbsent(location.id(), raw -> ids.of("loc", raw));
        List<DiagramPart> parts = new ArrayList<>();
        for (DataCenter dataCenter : location.dataCenters()) {
            parts.add(dataCenter(dataCenter, location.status().isUp()));
        }
        if (parts.isEmpty()) {
            parts.add(new DiagramNode(ids.of("empty", location.id()), NodeShape.BOX, "no data centers", null, true));
        }
        String title = "Location " + Labels.named(location.displayName(), location.id(), location.region());
        boolean down = !location.status().isUp();
        return new DiagramCluster(id, down ? title + " - down" : title, down, parts);
    }

    private DiagramCluster dataCenter(DataCenter dataCenter, boolean locationUp) {
        List<DiagramPart> parts = new ArrayList<>();
        boolean up = locationUp && dataCenter.status().isUp();
        List<Server> servers = dataCenter.servers();
        for (Server server : servers.subList(0, Math.min(servers.size(), serversPerDataCenter))) {
            parts.add(server(server, up));
        }
        int hidden = servers.size() - serversPerDataCenter;
        if (hidden > 0) {
            String title = "... " + hidden + " more server" + (hidden == 1 ? "" : "s");
            parts.add(new DiagramNode(ids.of("more", dataCenter.id()), NodeShape.BOX, title, null, true));
        }
        if (servers.isEmpty()) {
            parts.add(new DiagramNode(ids.of("empty", dataCenter.id()), NodeShape.BOX, "no servers", null, true));
        }
        String title = "Data center " + Labels.named(dataCenter.displayName(), dataCenter.id(), null);
        boolean down = !dataCenter.status().isUp();
        return new DiagramCluster(ids.of("dc", dataCenter.id()), down ? title + " - down" : title, !up, parts);
    }

    private DiagramNode server(Server server, boolean dataCenterUp) {
        String ips = server.egressIps().isEmpty() ? "no egress IP" : String.join(", ", server.egressIps());
        boolean down = !server.status().isUp();
        String note = down ? "down, " + ips : ips;
        String title = Labels.named(server.displayName(), server.id(), null);
        return new DiagramNode(ids.of("srv", server.id()), NodeShape.BOX, title, note, down || !dataCenterUp);
    }

    private DiagramNode origin(Origin origin) {
        List<String> addresses = new ArrayList<>();
        if (origin.ipv4() != null) {
            addresses.add(origin.ipv4());
        }
        if (origin.ipv6() != null) {
            addresses.add(origin.ipv6());
        }
        String note = String.join(", ", addresses) + " port " + origin.port();
        String title = "Origin " + Labels.named(origin.displayName(), origin.id(), null);
        return new DiagramNode(ids.of("C", origin.id()), NodeShape.CYLINDER, title, note, false);
    }

    private static String summary(Topology topology) {
        long dataCenters = topology.dataCenters().count();
        long servers = topology.servers().count();
        return Labels.count(topology.locations().size(), "location") + ", "
                + Labels.count(dataCenters, "data center") + ", "
                + Labels.count(servers, "server") + " and "
                + Labels.count(topology.links().size(), "backbone link") + ".";
    }
}
