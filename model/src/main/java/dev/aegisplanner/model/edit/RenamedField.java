package dev.aegisplanner.model.edit;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegisplanner.model.edit.UnknownFieldEdits.Outcome;
import dev.aegisplanner.model.io.ReadResult;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.io.TopologyWriter;
import dev.aegisplanner.model.topology.FieldOwner;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.UnknownField;
import dev.aegisplanner.model.topology.UnknownFields;
import dev.aegisplanner.model.validation.FieldOwners;
import dev.aegisplanner.model.validation.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives an unknown field's value to a known field the way reading would have: the object is written alone in a
 * topology of its own ({@link OwnedObject}), the value put in under the known name, and that text read back,
 * so the value decodes exactly as in a file, with the same words when it does not. The object read back then
 * takes the place of the old one.
 */
final class RenamedField {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RenamedField() {
    }

    static Outcome apply(Topology topology, FieldOwner owner, UnknownField unknown, String target) {
        OwnedObject object = OwnedObject.of(topology, owner, target).orElse(null);
        if (object == null) {
            return new Outcome.Refused("the object that holds '" + unknown.name() + "' is not in the plan any more");
        }
        String subject = FieldOwners.places(topology, Set.of(owner)).get(owner).subject();
        ReadResult read;
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(TopologyWriter.toJson(object.alone()));
            ObjectNode node = (ObjectNode) root.at(JsonPointer.compile(object.pointer()));
            if (node.has(target)) {
                return new Outcome.Refused(capitalized(subject) + " has '" + target + "' already; remove the field"
                        + " you do not want");
            }
            node.set(target, JSON.readTree(unknown.json()));
            read = TopologyReader.read(JSON.writeValueAsString(root));
        } catch (JsonProcessingException | TopologyWriter.NotFiniteException e) {
            return new Outcome.Refused(capitalized(subject) + " cannot be written as it is: " + e.getMessage());
        }
        String at = object.pointer() + "/" + target;
        if (read.topology() == null || !read.complete()) {
            String why = read.problems().stream().filter(p -> p.pointer().startsWith(at)).map(Problem::message)
                    .findFirst().orElse(read.problems().isEmpty() ? "it does not decode" : read.problems().get(0).message());
            return new Outcome.Refused("The value of '" + unknown.name() + "' cannot be '" + target + "': " + why);
        }
        Topology renamed = object.replace(topology, read.topology());
        FieldOwner now = object.ownerIn(read.topology());
        return new Outcome.Applied(renamed.withUnknownFields(fields(topology.unknownFields(), owner, now,
                unknown.name(), read.topology().unknownFields())));
    }

    /**
     * The unknown fields after the rename: the renamed one gone, the others with their object (under its new
     * name if the rename changed what names it: a link's ends, a demand entry's keys), and those the value held
     * in objects of its own.
     */
    private static UnknownFields fields(UnknownFields before, FieldOwner owner, FieldOwner now, String renamed,
                                        UnknownFields fromValue) {
        Map<FieldOwner, List<UnknownField>> after = new LinkedHashMap<>(before.asMap());
        List<UnknownField> rest = before.of(owner).stream().filter(f -> !f.name().equals(renamed)).toList();
        after.remove(owner);
        if (!rest.isEmpty()) {
            after.put(now, rest);
        }
        fromValue.asMap().forEach((o, fields) -> {
            List<UnknownField> merged = new ArrayList<>(after.getOrDefault(o, List.of()));
            merged.addAll(fields);
            after.put(o, merged);
        });
        return UnknownFields.of(after);
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
