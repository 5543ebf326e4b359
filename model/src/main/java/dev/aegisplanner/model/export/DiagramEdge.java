package dev.aegisplanner.model.export;

import java.util.Objects;

/**
 * A connection in an exported diagram, between nodes or clusters (given by id).
 *
 * @param label an optional text on the edge; {@code null} for none
 */
public record DiagramEdge(String from, String to, String label, EdgeStyle style) {

    public DiagramEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(style, "style");
    }

    public enum EdgeStyle {
        /** A step of a request: ingress, a forward, egress. */
        ARROW,
        /** An undirected backbone link. */
        LINK,
        /** A step that cannot happen: no server can egress. */
        BLOCKED
    }
}
