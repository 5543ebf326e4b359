package dev.aegisplanner.model.export;

import java.util.List;
import java.util.Objects;

/** A titled group in an exported diagram: a location, or a data center inside one. */
public record DiagramCluster(String id, String title, boolean muted, List<DiagramPart> parts)
        implements DiagramPart {

    public DiagramCluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        parts = List.copyOf(parts);
    }

    /** The first node inside this cluster, depth first; DOT anchors edges between clusters on it. */
    public DiagramNode firstNode() {
        for (DiagramPart part : parts) {
            if (part instanceof DiagramNode node) {
                return node;
            }
            DiagramNode nested = ((DiagramCluster) part).firstNode();
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }
}
