package dev.aegisplanner.model.export;

import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.export.DiagramNode.NodeShape;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Mermaid flowcharts in the style of the connection-forwarding documentation: {@code flowchart LR}, a client
 * box, subgraphs for locations and data centers, cylinders for the cache service, the egress router and the
 * origin, and edges labelled {@code ingress} and {@code egress}. Labels are written bare when they are plain
 * words, as the documentation writes them, and quoted with Mermaid entity codes otherwise, so no element name
 * can break the syntax.
 */
public final class MermaidExport {

    /** At most this many servers of a data center are drawn in a topology diagram; the rest are counted. */
    public static final int DEFAULT_SERVERS_PER_DATA_CENTER = 8;

    private static final Pattern BARE_LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 .,*_]*");
    private static final Pattern BARE_EDGE_LABEL = Pattern.compile("[A-Za-z]+");
    private static final String MUTED_STYLE = "fill:#f5f5f5,stroke:#9e9e9e,stroke-dasharray: 4 3,color:#757575";

    private MermaidExport() {
    }

    /** The whole topology: locations, data centers, servers (summarised), origins and backbone links. */
    public static String topology(Topology topology) {
        return topology(topology, DEFAULT_SERVERS_PER_DATA_CENTER);
    }

    public static String topology(Topology topology, int serversPerDataCenter) {
        return render(TopologyDiagram.of(topology, serversPerDataCenter));
    }

    /** The path of one traced request, as in the documentation's diagrams. */
    public static String path(Topology topology, TraceResult result, Scenario scenario) {
        return render(PathDiagram.of(topology, result, scenario));
    }

    static String render(Diagram diagram) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        line(out, 1, "accTitle: " + singleLine(diagram.title()));
        line(out, 1, "accDescr: " + singleLine(diagram.description()));
        List<String> mutedNodes = new ArrayList<>();
        List<String> mutedClusters = new ArrayList<>();
        writeParts(out, diagram.parts(), 1, mutedNodes, mutedClusters);
        if (!diagram.edges().isEmpty()) {
            out.append('\n');
        }
        for (DiagramEdge edge : diagram.edges()) {
            line(out, 1, edge(edge));
        }
        if (!mutedNodes.isEmpty() || !mutedClusters.isEmpty()) {
            out.append('\n');
            line(out, 1, "classDef muted " + MUTED_STYLE);
        }
        if (!mutedNodes.isEmpty()) {
            line(out, 1, "class " + String.join(",", mutedNodes) + " muted");
        }
        for (String cluster : mutedClusters) {
            line(out, 1, "style " + cluster + " " + MUTED_STYLE);
        }
        return out.toString();
    }

    private static void writeParts(StringBuilder out, List<DiagramPart> parts, int depth,
                                   List<String> mutedNodes, List<String> mutedClusters) {
        for (DiagramPart part : parts) {
            if (part instanceof DiagramNode node) {
                line(out, depth, node(node));
                if (node.muted()) {
                    mutedNodes.add(node.id());
                }
            } else {
                DiagramCluster cluster = (DiagramCluster) part;
                line(out, depth, "subgraph " + cluster.id() + " [" + quoted(cluster.title()) + "]");
                writeParts(out, cluster.parts(), depth + 1, mutedNodes, mutedClusters);
                line(out, depth, "end");
                if (cluster.muted()) {
                    mutedClusters.add(cluster.id());
                }
            }
        }
    }

    private static String node(DiagramNode node) {
        String label;
        if (isBare(node.title()) && (node.note() == null || isBare(node.note()))) {
            label = node.note() == null ? node.title() : node.title() + " <br/> <small>" + node.note() + "</small>";
        } else {
            String text = escape(node.title());
            label = '"' + (node.note() == null ? text : text + " <br/> <small>" + escape(node.note()) + "</small>") + '"';
        }
        return node.shape() == NodeShape.CYLINDER ? node.id() + "[(" + label + ")]" : node.id() + "[" + label + "]";
    }

    private static String edge(DiagramEdge edge) {
        String arrow = switch (edge.style()) {
            case ARROW -> "-->";
            case LINK -> "---";
            case BLOCKED -> "--x";
        };
        if (edge.label() == null) {
            return edge.from() + " " + arrow + " " + edge.to();
        }
        if (edge.style() == DiagramEdge.EdgeStyle.ARROW && BARE_EDGE_LABEL.matcher(edge.label()).matches()) {
            return edge.from() + " --" + edge.label() + "--> " + edge.to();
        }
        return edge.from() + " " + arrow + "|" + quoted(edge.label()) + "| " + edge.to();
    }

    private static boolean isBare(String text) {
        return BARE_LABEL.matcher(text).matches() && !text.endsWith(" ");
    }

    private static String quoted(String text) {
        return '"' + escape(text) + '"';
    }

    /** Mermaid entity codes for everything that could end a string or be read as markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : singleLine(text).toCharArray()) {
            switch (c) {
                case '"' -> out.append("#quot;");
                case '#' -> out.append("#35;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String singleLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static void line(StringBuilder out, int depth, String text) {
        out.append("    ").append("  ".repeat(depth - 1)).append(text).append('\n');
    }
}
