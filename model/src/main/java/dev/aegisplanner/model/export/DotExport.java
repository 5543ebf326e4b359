package dev.aegisplanner.model.export;

import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.export.DiagramNode.NodeShape;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Graphviz DOT of the same diagrams as {@link MermaidExport}: a {@code digraph} laid out left to right, a
 * {@code cluster_} subgraph per location and data center, cylinders for services, and HTML-like labels for
 * the small second line. Edges between locations attach to a node inside each cluster and are clipped at the
 * cluster border ({@code compound=true} with {@code ltail}/{@code lhead}), which is how DOT draws an edge
 * between two boxes.
 */
public final class DotExport {

    private static final String FONT = "Helvetica";

    private DotExport() {
    }

    public static String topology(Topology topology) {
        return topology(topology, MermaidExport.DEFAULT_SERVERS_PER_DATA_CENTER);
    }

    public static String topology(Topology topology, int serversPerDataCenter) {
        return render(TopologyDiagram.of(topology, serversPerDataCenter));
    }

    public static String path(Topology topology, TraceResult result, Scenario scenario) {
        return render(PathDiagram.of(topology, result, scenario));
    }

    static String render(Diagram diagram) {
        StringBuilder out = new StringBuilder("digraph aegis {\n");
        line(out, 1, "comment=" + quoted(diagram.description()) + ";");
        line(out, 1, "label=" + quoted(diagram.title()) + ";");
        line(out, 1, "labelloc=t; rankdir=LR; compound=true; newrank=true; fontname=\"" + FONT + "\";");
        line(out, 1, "node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", color=\"#5c6b7a\", "
                + "fontname=\"" + FONT + "\", fontsize=11];");
        line(out, 1, "edge [color=\"#5c6b7a\", fontname=\"" + FONT + "\", fontsize=10];");
        writeParts(out, diagram.parts(), 1);
        Map<String, DiagramCluster> clusters = new HashMap<>();
        for (DiagramCluster cluster : diagram.clusters()) {
            clusters.put(cluster.id(), cluster);
        }
        for (DiagramEdge edge : diagram.edges()) {
            line(out, 1, edge(edge, clusters));
        }
        return out.append("}\n").toString();
    }

    private static void writeParts(StringBuilder out, List<DiagramPart> parts, int depth) {
        for (DiagramPart part : parts) {
            if (part instanceof DiagramNode node) {
                line(out, depth, node(node));
            } else {
                DiagramCluster cluster = (DiagramCluster) part;
                line(out, depth, "subgraph cluster_" + cluster.id() + " {");
                line(out, depth + 1, "label=" + quoted(cluster.title()) + ";");
                line(out, depth + 1, cluster.muted()
                        ? "style=\"rounded,dashed\"; color=\"#9e9e9e\"; fontcolor=\"#757575\";"
                        : "style=rounded; color=\"#8a97a5\";");
                writeParts(out, cluster.parts(), depth + 1);
                line(out, depth, "}");
            }
        }
    }

    private static String node(DiagramNode node) {
        String label = html(node.title());
        if (node.note() != null) {
            label += "<br/><font point-size=\"9\">" + html(node.note()) + "</font>";
        }
        StringBuilder attrs = new StringBuilder("label=<" + label + ">");
        if (node.shape() == NodeShape.CYLINDER) {
            attrs.append(", shape=cylinder, style=filled");
        }
        if (node.muted()) {
            attrs.append(", style=\"rounded,dashed,filled\", fillcolor=\"#f5f5f5\", color=\"#9e9e9e\", "
                    + "fontcolor=\"#757575\"");
        }
        return node.id() + " [" + attrs + "];";
    }

    private static String edge(DiagramEdge edge, Map<String, DiagramCluster> clusters) {
        StringBuilder attrs = new StringBuilder();
        String from = anchor(edge.from(), clusters, "ltail", attrs);
        String to = anchor(edge.to(), clusters, "lhead", attrs);
        if (edge.label() != null) {
            attrs.append(", label=").append(quoted(edge.label()));
        }
        switch (edge.style()) {
            case LINK -> attrs.append(", dir=none, style=bold, color=\"#8a97a5\"");
            case BLOCKED -> attrs.append(", style=dashed, color=\"#c62828\", fontcolor=\"#c62828\", arrowhead=tee");
            case ARROW -> { }
        }
        String list = attrs.length() == 0 ? "" : " [" + attrs.substring(2) + "]";
        return from + " -> " + to + list + ";";
    }

    /** A cluster endpoint becomes its first node, clipped at the cluster's border. */
    private static String anchor(String id, Map<String, DiagramCluster> clusters, String clip, StringBuilder attrs) {
        DiagramCluster cluster = clusters.get(id);
        if (cluster == null) {
            return id;
        }
        attrs.append(", ").append(clip).append("=cluster_").append(cluster.id());
        return cluster.firstNode().id();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\s+", " ").strip() + '"';
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replaceAll("\\s+", " ").strip();
    }

    private static void line(StringBuilder out, int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
