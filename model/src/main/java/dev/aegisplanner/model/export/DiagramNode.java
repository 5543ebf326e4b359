package dev.aegisplanner.model.export;

import java.util.Objects;

/**
 * A box in an exported diagram.
 *
 * @param title the first line, e.g. "Egress router"
 * @param note an optional second line in small type, e.g. "*no Aegis IP"; {@code null} for none
 * @param muted drawn greyed out and dashed: a down element, or a summary of elements left out
 */
public record DiagramNode(String id, NodeShape shape, String title, String note, boolean muted)
        implements DiagramPart {

    public DiagramNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(title, "title");
    }

    /** The shapes of the documentation's diagrams: plain boxes and the cylinders used for services. */
    public enum NodeShape {
        BOX,
        CYLINDER
    }
}
