package dev.aegisplanner.model.topology;

import java.util.Objects;

/**
 * A field the format does not know, kept as it was written so that saving never drops it: an unknown field is
 * an error the planner fixes (often a typo such as {@code "region"} for {@code "regions"}), and until then the
 * file must keep saying what it said.
 *
 * @param json the field's value as compact JSON text
 */
public record UnknownField(String name, String json) {

    public UnknownField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
    }
}
