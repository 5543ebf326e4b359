package dev.aegisplanner.app.backbone;

import dev.aegisplanner.model.engine.BackboneRoute;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;

/**
 * Keeps a GraphStream graph in step with a topology's locations and links, and marks a route on it with style
 * classes. Elements are added, changed and removed one by one rather than rebuilt, so the layout keeps its
 * shape across edits. No JavaFX: the graph is plain data the viewer draws.
 */
final class BackboneGraph {

    /** Attribute holding the {@link Link} an edge stands for. */
    static final String LINK = "aegis.link";
    static final String LABEL = "ui.label";
    static final String CLASS = "ui.class";

    private final Graph graph;

    BackboneGraph(Graph graph) {
        this.graph = graph;
    }

    Graph graph() {
        return graph;
    }

    /** Shows the topology's locations and links; {@code route} (nullable) is marked. */
    void show(Topology topology, BackboneRoute route) {
        Set<String> onRoute = route == null ? Set.of() : Set.copyOf(route.locations());
        Map<String, Location> locations = new HashMap<>();
        for (Location location : topology.locations()) {
            locations.putIfAbsent(location.id(), location);
        }
        graph.nodes().filter(n -> !locations.containsKey(n.getId())).toList().forEach(graph::removeNode);
        for (Location location : locations.values()) {
            Node node = graph.getNode(location.id());
            if (node == null) {
                node = graph.addNode(location.id());
            }
            node.setAttribute(LABEL, location.id());
            setClasses(node, health(location), onRoute.contains(location.id()) ? "route" : null);
        }
        Set<String> edges = new HashSet<>();
        for (Link link : topology.links()) {
            String id = ElementRef.link(link).id();
            if (!locations.containsKey(link.from()) || !locations.containsKey(link.to())
                    || link.from().equals(link.to()) || !edges.add(id)) {
                continue;
            }
            Edge edge = graph.getEdge(id);
            if (edge == null) {
                edge = graph.addEdge(id, link.from(), link.to());
            }
            edge.setAttribute(LINK, link);
            edge.setAttribute(LABEL, Latency.format(link.latencyMs()));
            boolean down = !locations.get(link.from()).status().isUp() || !locations.get(link.to()).status().isUp();
            setClasses(edge, down ? "down" : null, route != null && route.uses(link) ? "route" : null);
        }
        graph.edges().filter(e -> !edges.contains(e.getId())).toList().forEach(graph::removeEdge);
    }

    private static String health(Location location) {
        if (!location.status().isUp()) {
            return "down";
        }
        boolean somethingDown = location.dataCenters().stream().anyMatch(d -> !d.status().isUp()
                || d.servers().stream().anyMatch(s -> !s.status().isUp()));
        return somethingDown ? "partly" : null;
    }

    private static void setClasses(org.graphstream.graph.Element element, String first, String second) {
        String classes = first == null ? second : second == null ? first : first + ", " + second;
        if (classes == null) {
            element.removeAttribute(CLASS);
        } else if (!classes.equals(element.getAttribute(CLASS))) {
            element.setAttribute(CLASS, classes);
        }
    }
}
