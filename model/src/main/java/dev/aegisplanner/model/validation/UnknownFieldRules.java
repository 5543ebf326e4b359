package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.topology.FieldOwner;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.UnknownField;
import java.util.List;
import java.util.Map;

/**
 * Fields the format does not know. The reader keeps them, so that saving writes them back and a typo such as
 * {@code "region"} for {@code "regions"} never silently changes what a plan says; each is an error, with the
 * field the planner probably meant, until it is fixed.
 */
final class UnknownFieldRules {

    private UnknownFieldRules() {
    }

    static void check(Topology topology, Findings findings) {
        if (topology.unknownFields().isEmpty()) {
            return;
        }
        Map<FieldOwner, List<UnknownField>> byOwner = topology.unknownFields().asMap();
        Map<FieldOwner, FieldOwners.Place> places = FieldOwners.places(topology, byOwner.keySet());
        byOwner.forEach((owner, fields) -> {
            FieldOwners.Place place = places.get(owner);
            if (place == null) {
                return;
            }
            for (UnknownField field : fields) {
                findings.error("unknown-field", Pointers.child(place.pointer(), field.name()), "Unknown field '"
                        + field.name() + "' in " + place.subject()
                        + FieldSuggestion.forName(field.name(), KnownFields.set(owner.part())));
            }
        });
    }
}
