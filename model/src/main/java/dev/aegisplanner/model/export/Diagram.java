package dev.aegisplanner.model.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an export shows, independent of the text format: the Mermaid and DOT writers draw the same diagram, so
 * the two formats never disagree about content.
 *
 * @param title the accessible title (Mermaid {@code accTitle}, DOT graph label)
 * @param description the accessible description, one sentence or two
 * @param parts top-level nodes and clusters, in drawing order (client first, origin last)
 */
public record Diagram(String title, String description, List<DiagramPart> parts, List<DiagramEdge> edges) {

    public Diagram {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        parts = List.copyOf(parts);
        edges = List.copyOf(edges);
    }

    /** Every node, depth first in drawing order. */
    public List<DiagramNode> nodes() {
        List<DiagramNode> out = new ArrayList<>();
        collectNodes(parts, out);
        return out;
    }

    /** Every cluster, depth first in drawing order. */
    public List<DiagramCluster> clusters() {
        List<DiagramCluster> out = new ArrayList<>();
        collectClusters(parts, out);
        return out;
    }

    private static void collectNodes(List<DiagramPart> parts, List<DiagramNode> out) {
        for (DiagramPart part : parts) {
            if (part instanceof DiagramNode node) {
                out.add(node);
            } else {
                collectNodes(((DiagramCluster) part).parts(), out);
            }
        }
    }

    private static void collectClusters(List<DiagramPart> parts, List<DiagramCluster> out) {
        for (DiagramPart part : parts) {
            if (part instanceof DiagramCluster cluster) {
                out.add(cluster);
                collectClusters(cluster.parts(), out);
            }
        }
    }
}
