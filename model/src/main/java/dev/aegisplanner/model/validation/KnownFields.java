package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.FieldOwner;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The field names the format knows, per kind of object ({@link FieldOwner#part()}): what the reader decodes,
 * what a field it does not know is measured against for "did you mean ...?", and what a quick fix may rename
 * an unknown field to.
 */
public final class KnownFields {

    private static final Map<String, List<String>> BY_PART = Map.ofEntries(
            Map.entry(FieldOwner.TOPOLOGY, List.of("format", "version", "name", "description", "locations", "links",
                    "pools", "zones", "origins", "scenarios", "demand", "layout")),
            Map.entry(ElementKind.LOCATION.name(), List.of("id", "name", "region", "lat", "lon", "status",
                    "dataCenters")),
            Map.entry(ElementKind.DATA_CENTER.name(), List.of("id", "name", "status", "ipCapacity", "servers")),
            Map.entry(ElementKind.SERVER.name(), List.of("id", "name", "status", "egressIps")),
            Map.entry(ElementKind.LINK.name(), List.of("from", "to", "latencyMs")),
            Map.entry(ElementKind.POOL.name(), List.of("id", "name", "source", "addresses")),
            Map.entry(ElementKind.ZONE.name(), List.of("id", "pool", "regions")),
            Map.entry(ElementKind.ORIGIN.name(), List.of("id", "name", "ipv4", "ipv6", "port", "lat", "lon")),
            Map.entry(ElementKind.SCENARIO.name(), List.of("id", "name", "description", "zone", "origin",
                    "ingressServer", "family", "expect")),
            Map.entry(FieldOwner.DEMAND, List.of("zone", "origin", "location", "dataCenter", "connections", "family")),
            Map.entry(FieldOwner.LAYOUT, List.of("x", "y", "w", "h")));

    private static final Map<String, Set<String>> SETS = Map.copyOf(BY_PART.entrySet().stream().collect(
            java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue()))));

    private KnownFields() {
    }

    /** The fields of one kind of object, in the order the writer writes them. */
    public static List<String> of(String part) {
        List<String> fields = BY_PART.get(part);
        if (fields == null) {
            throw new IllegalArgumentException("No object of the format is called " + part);
        }
        return fields;
    }

    public static Set<String> set(String part) {
        Set<String> fields = SETS.get(part);
        if (fields == null) {
            throw new IllegalArgumentException("No object of the format is called " + part);
        }
        return fields;
    }

    /** The known field an unknown one is clearly a misspelling of, if one is. */
    public static Optional<String> closest(String part, String unknown) {
        return FieldSuggestion.closest(unknown, set(part));
    }
}
