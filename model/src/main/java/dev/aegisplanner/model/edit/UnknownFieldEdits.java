package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.FieldOwner;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.UnknownField;
import dev.aegisplanner.model.validation.FieldOwners;
import dev.aegisplanner.model.validation.KnownFields;
import dev.aegisplanner.model.validation.Pointers;
import dev.aegisplanner.model.validation.Problem;
import java.util.List;
import java.util.Optional;

/**
 * Quick fixes for fields the format does not know: rename a near miss to the field it was meant to be
 * ({@code "region"} to {@code "regions"}), the value taken over as written, or remove the field. Each gives a
 * new topology (one undoable edit for the editor), or says why it cannot.
 */
public final class UnknownFieldEdits {

    /** The unknown field a problem is about: its object, its name, and the field it is probably a misspelling of. */
    public record Fix(FieldOwner owner, String field, Optional<String> meant) {
    }

    /** What a quick fix gave: the changed topology, or why there is none. */
    public sealed interface Outcome {
        record Applied(Topology topology) implements Outcome {
        }

        record Refused(String reason) implements Outcome {
        }
    }

    private UnknownFieldEdits() {
    }

    /** The fix for an {@code unknown-field} problem of this topology, when the field is still there. */
    public static Optional<Fix> of(Topology topology, Problem problem) {
        if (!problem.code().equals("unknown-field") || problem.pointer().isEmpty()) {
            return Optional.empty();
        }
        List<String> segments = Pointers.segments(problem.pointer());
        String field = segments.get(segments.size() - 1);
        return FieldOwners.at(topology, Pointers.parent(problem.pointer()))
                .filter(owner -> topology.unknownFields().of(owner).stream().anyMatch(f -> f.name().equals(field)))
                .map(owner -> new Fix(owner, field, KnownFields.closest(owner.part(), field)));
    }

    /** Takes the unknown field out: its value goes with it. */
    public static Topology remove(Topology topology, FieldOwner owner, String field) {
        List<UnknownField> rest = topology.unknownFields().of(owner).stream()
                .filter(f -> !f.name().equals(field)).toList();
        return topology.withUnknownFields(topology.unknownFields().with(owner, rest));
    }

    /**
     * Gives the unknown field's value to the known field {@code target} of the same object, as if the file had
     * said {@code target} in the first place; refused when the value is not one the known field can hold, when
     * the object has a value there already, or when the known field is what names the object.
     */
    public static Outcome rename(Topology topology, FieldOwner owner, String field, String target) {
        UnknownField unknown = topology.unknownFields().of(owner).stream().filter(f -> f.name().equals(field))
                .findFirst().orElse(null);
        if (unknown == null) {
            return new Outcome.Refused("there is no field '" + field + "' to rename any more");
        }
        if (!KnownFields.set(owner.part()).contains(target)) {
            return new Outcome.Refused("'" + target + "' is not a field of this object");
        }
        if (owner.part().equals(FieldOwner.TOPOLOGY) && (target.equals("format") || target.equals("version"))) {
            return new Outcome.Refused("'" + target + "' says what the file is, not what the plan holds");
        }
        if (target.equals("id")) {
            return new Outcome.Refused("an id is changed in Properties, where every reference to it follows");
        }
        return RenamedField.apply(topology, owner, unknown, target);
    }
}
