package dev.aegisplanner.model.topology;

import java.util.Objects;

/**
 * The object of a topology file a field the format does not know was found in: the file itself, an element,
 * a layout entry or a demand entry. Named by identity rather than position, so the field stays with its
 * object when other elements are added, moved or deleted.
 *
 * @param part {@code "topology"}, an {@link ElementKind} name, {@code "layout"} or {@code "demand"}
 * @param id the element's id, the layout key, the demand entry's {@link Demand#key()}, or {@code ""}
 */
public record FieldOwner(String part, String id) {

    public static final String TOPOLOGY = "topology";
    public static final String LAYOUT = "layout";
    public static final String DEMAND = "demand";

    public FieldOwner {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(id, "id");
    }

    public static FieldOwner topology() {
        return new FieldOwner(TOPOLOGY, "");
    }

    public static FieldOwner of(ElementRef element) {
        return new FieldOwner(element.kind().name(), element.id());
    }

    public static FieldOwner layout(String key) {
        return new FieldOwner(LAYOUT, key);
    }

    public static FieldOwner demand(Demand entry) {
        return new FieldOwner(DEMAND, entry.key());
    }
}
