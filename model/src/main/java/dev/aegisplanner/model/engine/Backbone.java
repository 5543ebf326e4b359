package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.graphstream.algorithm.Dijkstra;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.SingleGraph;

/**
 * The backbone as a graph of the up locations: a down location carries no traffic, so no path passes
 * through it. Shortest paths are computed once per source location, when first asked, and kept.
 *
 * <p>Links that cannot carry a meaningful latency (to an unknown or down location, from a location to
 * itself, negative or not finite) are left out; of two links between the same locations the faster counts.
 */
final class Backbone {

    private static final String LATENCY = "latencyMs";
    private static final String RESULT = "aegis.dijkstra";

    private final Graph graph = new SingleGraph("backbone");
    private final Map<String, BackbonePaths> pathsBySource = new ConcurrentHashMap<>();
    /** Per pair of locations (in id order), the link that carries traffic between them: the faster of any two. */
    private final Map<List<String>, Link> fastest = new HashMap<>();
    /** What the graph is made of: the up locations' ids in order and the links as given. */
    private final List<String> upLocations;
    private final List<Link> links;

    Backbone(Elements elements, List<Link> links) {
        this.upLocations = upLocations(elements);
        this.links = List.copyOf(links);
        upLocations.forEach(graph::addNode);
        for (Link link : links) {
            if (carriesTraffic(link)) {
                List<String> pair = link.from().compareTo(link.to()) < 0
                        ? List.of(link.from(), link.to()) : List.of(link.to(), link.from());
                fastest.merge(pair, link, (a, b) -> b.latencyMs() < a.latencyMs() ? b : a);
            }
        }
        int edgeNumber = 0;
        // Edges go in in a fixed order, so Dijkstra breaks ties between equal paths the same way every time.
        List<Link> ordered = fastest.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing((List<String> pair) -> pair.get(0))
                        .thenComparing(pair -> pair.get(1))))
                .map(Map.Entry::getValue).toList();
        for (Link link : ordered) {
            Edge edge = graph.addEdge("link-" + edgeNumber++, link.from(), link.to());
            edge.setAttribute(LATENCY, link.latencyMs());
        }
    }

    /**
     * Whether a backbone built from these elements and links would be this one: the same up locations in the same
     * order and the same links, so the same graph and the same shortest paths, ties broken alike.
     */
    boolean isBuiltFrom(Elements elements, List<Link> links) {
        return this.links.equals(links) && upLocations.equals(upLocations(elements));
    }

    private static List<String> upLocations(Elements elements) {
        return elements.locations().stream().filter(l -> l.status().isUp()).map(Location::id).toList();
    }

    private boolean carriesTraffic(Link link) {
        return !link.from().equals(link.to()) && Double.isFinite(link.latencyMs()) && link.latencyMs() >= 0
                && graph.getNode(link.from()) != null && graph.getNode(link.to()) != null;
    }

    /** Shortest paths from an up location; an unknown or down source reaches nothing. */
    BackbonePaths from(String source) {
        return pathsBySource.computeIfAbsent(source, this::compute);
    }

    // Dijkstra keeps its working state in node attributes of the shared graph, so runs take turns.
    private synchronized BackbonePaths compute(String source) {
        Node sourceNode = graph.getNode(source);
        if (sourceNode == null) {
            return new BackbonePaths(source, Map.of(), Map.of(), this::link);
        }
        Dijkstra dijkstra = new Dijkstra(Dijkstra.Element.EDGE, RESULT, LATENCY);
        dijkstra.init(graph);
        dijkstra.setSource(sourceNode);
        dijkstra.compute();
        Map<String, Double> latency = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        graph.nodes().forEach(node -> {
            double length = dijkstra.getPathLength(node);
            if (!Double.isInfinite(length)) {
                latency.put(node.getId(), length);
                Node parent = dijkstra.getParent(node);
                if (parent != null) {
                    previous.put(node.getId(), parent.getId());
                }
            }
        });
        dijkstra.clear();
        return new BackbonePaths(source, latency, previous, this::link);
    }

    /** The link that carries traffic between two neighbouring locations on a path. */
    private Link link(String a, String b) {
        return fastest.get(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
    }
}
