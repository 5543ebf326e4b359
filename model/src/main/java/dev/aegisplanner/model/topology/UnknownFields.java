package dev.aegisplanner.model.topology;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every unknown field of a topology, by the object it was found in, in file order. Immutable; changes give a
 * new value. Most files have none, and then this is {@link #NONE}.
 */
public final class UnknownFields {

    public static final UnknownFields NONE = new UnknownFields(Map.of());

    private final Map<FieldOwner, List<UnknownField>> byOwner;

    private UnknownFields(Map<FieldOwner, List<UnknownField>> byOwner) {
        this.byOwner = byOwner;
    }

    public static UnknownFields of(Map<FieldOwner, List<UnknownField>> byOwner) {
        if (byOwner.isEmpty()) {
            return NONE;
        }
        Map<FieldOwner, List<UnknownField>> copy = new LinkedHashMap<>();
        byOwner.forEach((owner, fields) -> {
            if (!fields.isEmpty()) {
                copy.put(owner, List.copyOf(fields));
            }
        });
        return copy.isEmpty() ? NONE : new UnknownFields(Collections.unmodifiableMap(copy));
    }

    public boolean isEmpty() {
        return byOwner.isEmpty();
    }

    /** The unknown fields of one object, in file order; empty when it has none. */
    public List<UnknownField> of(FieldOwner owner) {
        return byOwner.getOrDefault(owner, List.of());
    }

    public Set<FieldOwner> owners() {
        return byOwner.keySet();
    }

    public Map<FieldOwner, List<UnknownField>> asMap() {
        return byOwner;
    }

    /** The same fields with those of {@code owner} replaced; an empty list removes them. */
    public UnknownFields with(FieldOwner owner, List<UnknownField> fields) {
        Map<FieldOwner, List<UnknownField>> copy = new LinkedHashMap<>(byOwner);
        if (fields.isEmpty()) {
            copy.remove(owner);
        } else {
            copy.put(owner, fields);
        }
        return of(copy);
    }

    /** The same fields, those of {@code from} now belonging to {@code to} (an element was renamed). */
    public UnknownFields moved(FieldOwner from, FieldOwner to) {
        List<UnknownField> fields = of(from);
        if (fields.isEmpty() || from.equals(to)) {
            return this;
        }
        return without(from).with(to, fields);
    }

    public UnknownFields without(FieldOwner owner) {
        return byOwner.containsKey(owner) ? with(owner, List.of()) : this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnknownFields u && byOwner.equals(u.byOwner);
    }

    @Override
    public int hashCode() {
        return byOwner.hashCode();
    }

    @Override
    public String toString() {
        return "UnknownFields" + byOwner;
    }
}
