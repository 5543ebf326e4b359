package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.FieldOwner;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.UnknownFields;
import dev.aegisplanner.model.validation.FieldOwners;
import java.util.Set;

/**
 * Keeps fields the format does not know with their object when an edit renames what names it: an element's
 * id, and with a location's id its layout box and the ids of its links. Without this, a renamed element would
 * silently lose them on the next save.
 */
final class UnknownFieldMoves {

    private UnknownFieldMoves() {
    }

    /**
     * The topology without the fields of objects it no longer has: a new element given a deleted one's id must
     * not inherit what the deleted one held.
     */
    static Topology keepOnlyPlaced(Topology t) {
        UnknownFields fields = t.unknownFields();
        if (fields.isEmpty()) {
            return t;
        }
        Set<FieldOwner> placed = FieldOwners.places(t, fields.owners()).keySet();
        UnknownFields kept = fields;
        for (FieldOwner owner : fields.owners()) {
            if (!placed.contains(owner)) {
                kept = kept.without(owner);
            }
        }
        return kept == fields ? t : t.withUnknownFields(kept);
    }

    /** {@code after} (the topology {@code before} with an element's id changed) with the element's fields moved along. */
    static Topology afterIdChange(Topology before, Topology after, ElementKind kind, String old, String id) {
        UnknownFields fields = after.unknownFields();
        if (fields.isEmpty() || after == before) {
            return after;
        }
        fields = fields.moved(new FieldOwner(kind.name(), old), new FieldOwner(kind.name(), id));
        fields = fields.moved(FieldOwner.layout(old), FieldOwner.layout(id));
        if (kind == ElementKind.LOCATION) {
            for (Link link : before.links()) {
                if (link.touches(old)) {
                    Link renamed = new Link(link.from().equals(old) ? id : link.from(), link.to().equals(old) ? id
                            : link.to(), link.latencyMs());
                    fields = fields.moved(FieldOwner.of(ElementRef.link(link)), FieldOwner.of(ElementRef.link(renamed)));
                }
            }
        }
        return after.withUnknownFields(fields);
    }
}
