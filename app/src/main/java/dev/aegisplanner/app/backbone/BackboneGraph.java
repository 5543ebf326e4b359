package dev.aegisplanner.app.backbone;

import dev.aegisplanner.app.backbone.GeoPositions.Point;
import dev.aegisplanner.model.engine.BackboneRoute;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Element;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;

/**
 * Keeps a GraphStream graph in step with a topology's locations and links: each location at its coordinates
 * ({@link GeoPositions}), each link an edge labelled with its latency. During a trace the locations it passes
 * (the backbone route of a forward, else where the request enters and leaves) are marked with their
 * neighbourhood and the rest fades. Labels that would cover a more important one are kept quiet until the
 * view is zoomed in far enough ({@link LabelThresholds}). Elements are added, changed and removed one by one
 * rather than rebuilt. No JavaFX: the graph is plain data the viewer draws.
 */
final class BackboneGraph {

    /** Attribute holding the {@link Link} an edge stands for. */
    static final String LINK = "aegis.link";
    static final String LABEL = "ui.label";
    static final String CLASS = "ui.class";
    static final String POSITION = "xyz";
    /** A link's latency is written along it once it is at least this long on screen. */
    static final double EDGE_LABEL_MIN_PIXELS = 90;

    private final Graph graph;
    private Map<String, Point> points = Map.of();
    private Map<String, Double> labelFrom = Map.of();
    private final Map<String, String> baseClasses = new HashMap<>();
    private Set<String> onRoute = Set.of();
    private Set<String> edgesOnRoute = Set.of();
    private double scale = Double.NaN;

    BackboneGraph(Graph graph) {
        this.graph = graph;
    }

    Graph graph() {
        return graph;
    }

    /**
     * Shows the topology's locations and links; {@code route} (nullable) is marked, and with it, or without it
     * {@code focus} (the trace's ingress and egress locations), the neighbourhood.
     */
    void show(Topology topology, BackboneRoute route, Set<String> focus) {
        Map<String, Location> locations = new LinkedHashMap<>();
        for (Location location : topology.locations()) {
            locations.putIfAbsent(location.id(), location);
        }
        points = GeoPositions.of(List.copyOf(locations.values()));
        onRoute = route != null ? new LinkedHashSet<>(route.locations()) : new LinkedHashSet<>(focus);
        onRoute.retainAll(locations.keySet());
        Set<String> near = new HashSet<>();
        Map<String, Integer> degree = new HashMap<>();
        List<Link> links = new ArrayList<>();
        Set<String> edgeIds = new HashSet<>();
        for (Link link : topology.links()) {
            if (locations.containsKey(link.from()) && locations.containsKey(link.to()) && !link.from().equals(link.to())
                    && edgeIds.add(ElementRef.link(link).id())) {
                links.add(link);
                degree.merge(link.from(), 1, Integer::sum);
                degree.merge(link.to(), 1, Integer::sum);
                if (onRoute.contains(link.from())) {
                    near.add(link.to());
                }
                if (onRoute.contains(link.to())) {
                    near.add(link.from());
                }
            }
        }
        near.removeAll(onRoute);
        boolean highlighting = !onRoute.isEmpty();

        graph.nodes().filter(n -> !locations.containsKey(n.getId())).toList().forEach(graph::removeNode);
        baseClasses.clear();
        for (Location location : locations.values()) {
            Node node = graph.getNode(location.id());
            if (node == null) {
                node = graph.addNode(location.id());
            }
            Point p = points.get(location.id());
            node.setAttribute(POSITION, p.x(), p.y(), 0);
            node.setAttribute(LABEL, location.id());
            String highlight = onRoute.contains(location.id()) ? "route" : near.contains(location.id()) ? "near"
                    : highlighting ? "faded" : null;
            // GraphStream lets the first of an element's classes win where two set the same property.
            baseClasses.put(location.id(), join(highlight, health(location)));
        }
        edgesOnRoute = new HashSet<>();
        for (Link link : links) {
            String id = ElementRef.link(link).id();
            Edge edge = graph.getEdge(id);
            if (edge == null) {
                edge = graph.addEdge(id, link.from(), link.to());
            }
            edge.setAttribute(LINK, link);
            edge.setAttribute(LABEL, Latency.format(link.latencyMs()));
            boolean down = !locations.get(link.from()).status().isUp() || !locations.get(link.to()).status().isUp();
            boolean routed = route != null && route.uses(link);
            if (routed) {
                edgesOnRoute.add(id);
            }
            String highlight = routed ? "route" : onRoute.contains(link.from()) || onRoute.contains(link.to()) ? "near"
                    : highlighting ? "faded" : null;
            baseClasses.put(id, join(highlight, down ? "down" : null));
        }
        graph.edges().filter(e -> !edgeIds.contains(e.getId())).toList().forEach(graph::removeEdge);
        labelFrom = LabelThresholds.of(ranked(locations.keySet(), near, degree), points, labelTexts(locations.keySet()));
        double shown = scale;
        scale = Double.NaN;
        labelsAt(Double.isNaN(shown) ? 0 : shown);
    }

    /**
     * Shows the labels that have room at a scale (pixels per graph unit) and keeps the others quiet: nodes' from
     * the scale their thresholds say; links' latencies where the link is long enough on screen and the label
     * covers no shown label, longest first. The route's always show.
     */
    void labelsAt(double pixelsPerUnit) {
        if (pixelsPerUnit == scale) {
            return;
        }
        scale = pixelsPerUnit;
        List<double[]> taken = new ArrayList<>();
        graph.nodes().forEach(node -> {
            Double from = labelFrom.get(node.getId());
            boolean quiet = !onRoute.contains(node.getId()) && (from == null || from > pixelsPerUnit);
            setClasses(node, join(baseClasses.get(node.getId()), quiet ? "quiet" : null));
            Point p = points.get(node.getId());
            if (!quiet && p != null) {
                double w = LabelThresholds.width(node.getId());
                taken.add(new double[] {p.x() * scale - w / 2, -p.y() * scale + 6, w, LabelThresholds.LABEL_HEIGHT});
            }
        });
        graph.edges()
                .sorted(Comparator.comparing((Edge e) -> !edgesOnRoute.contains(e.getId()))
                        .thenComparing(e -> -length(e)))
                .forEach(edge -> {
                    boolean routed = edgesOnRoute.contains(edge.getId());
                    String base = baseClasses.get(edge.getId());
                    boolean faded = base != null && base.contains("faded");
                    boolean room = !faded && length(edge) * pixelsPerUnit >= EDGE_LABEL_MIN_PIXELS
                            && claim(taken, edgeLabel(edge));
                    setClasses(edge, join(base, routed || room ? null : "quiet"));
                });
    }

    private double length(Edge edge) {
        Point a = points.get(edge.getNode0().getId());
        Point b = points.get(edge.getNode1().getId());
        return a == null || b == null ? 0 : Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    /** Where a link's latency is written: at its middle, in the scaled units labels are compared in. */
    private double[] edgeLabel(Edge edge) {
        Point a = points.get(edge.getNode0().getId());
        Point b = points.get(edge.getNode1().getId());
        double w = String.valueOf(edge.getAttribute(LABEL)).length() * 7 + 8;
        double x = (a.x() + b.x()) / 2 * scale;
        double y = -(a.y() + b.y()) / 2 * scale;
        return new double[] {x - w / 2, y - 8, w, 16};
    }

    /** Takes the room for a label when it meets none taken before. */
    private static boolean claim(List<double[]> taken, double[] box) {
        for (double[] t : taken) {
            if (box[0] < t[0] + t[2] && t[0] < box[0] + box[2] && box[1] < t[1] + t[3] && t[1] < box[1] + box[3]) {
                return false;
            }
        }
        taken.add(box);
        return true;
    }

    /** Where the nodes are, in graph units. */
    Map<String, Point> points() {
        return points;
    }

    /** Whether a node's or an edge's label shows now. */
    boolean labelled(String id) {
        Element element = graph.getNode(id) != null ? graph.getNode(id) : graph.getEdge(id);
        Object classes = element == null ? null : element.getAttribute(CLASS);
        return element != null && (classes == null || !classes.toString().contains("quiet"));
    }

    /** The route's locations first, then their neighbours, then the best connected, then by id. */
    private List<String> ranked(Set<String> ids, Set<String> near, Map<String, Integer> degree) {
        List<String> ranked = new ArrayList<>(onRoute);
        ids.stream()
                .filter(id -> !onRoute.contains(id))
                .sorted(Comparator.comparing((String id) -> !near.contains(id))
                        .thenComparing(id -> -degree.getOrDefault(id, 0))
                        .thenComparing(id -> id))
                .forEach(ranked::add);
        return ranked;
    }

    private static Map<String, String> labelTexts(Set<String> ids) {
        Map<String, String> texts = new HashMap<>();
        ids.forEach(id -> texts.put(id, id));
        return texts;
    }

    private static String health(Location location) {
        if (!location.status().isUp()) {
            return "down";
        }
        boolean somethingDown = location.dataCenters().stream().anyMatch(d -> !d.status().isUp()
                || d.servers().stream().anyMatch(s -> !s.status().isUp()));
        return somethingDown ? "partly" : null;
    }

    private static String join(String first, String second) {
        return first == null ? second : second == null ? first : first + ", " + second;
    }

    private static void setClasses(Element element, String classes) {
        if (classes == null) {
            if (element.getAttribute(CLASS) != null) {
                element.removeAttribute(CLASS);
            }
        } else if (!classes.equals(element.getAttribute(CLASS))) {
            element.setAttribute(CLASS, classes);
        }
    }
}
