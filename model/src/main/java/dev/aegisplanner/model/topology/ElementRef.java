package dev.aegisplanner.model.topology;

import java.util.Objects;

/**
 * Names one element of a topology independently of its position in the lists, so selections and problem
 * markers survive edits. A link's id is {@code FROM~TO} as written in the file.
 */
public record ElementRef(ElementKind kind, String id) {

    public ElementRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static ElementRef location(String id) {
        return new ElementRef(ElementKind.LOCATION, id);
    }

    public static ElementRef dataCenter(String id) {
        return new ElementRef(ElementKind.DATA_CENTER, id);
    }

    public static ElementRef server(String id) {
        return new ElementRef(ElementKind.SERVER, id);
    }

    public static ElementRef link(Link link) {
        return new ElementRef(ElementKind.LINK, link.from() + "~" + link.to());
    }

    @Override
    public String toString() {
        return kind.noun() + " " + id;
    }
}
