package dev.aegisplanner.model.capacity.demand;

import com.fasterxml.jackson.core.JsonFactory;
import dev.aegisplanner.model.capacity.InputFileException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegisplanner.model.capacity.InputFileException;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Family;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Demand as JSON: either a bare array of entries, or an object whose {@code demand} field holds them (so a
 * topology file's {@code demand} can be cut out and saved as it is). Each entry has the fields of section 7
 * ({@code zone, origin, location | dataCenter, connections, family}); unknown fields, wrong types and a missing
 * {@code connections} are reported with their line and column, and such an entry is left out.
 */
final class DemandJson {

    private static final Set<String> FIELDS = Set.of("zone", "origin", "location", "dataCenter", "connections",
            "family");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ParsedDemand parsed = new ParsedDemand();
    private final Map<String, int[]> positions = new HashMap<>();

    private DemandJson() {
    }

    /** @throws InputFileException when the text is not JSON, or neither an array nor an object with {@code demand} */
    static ParsedDemand parse(String text) throws InputFileException {
        return new DemandJson().read(text.startsWith("\uFEFF") ? " " + text.substring(1) : text);
    }

    private ParsedDemand read(String text) throws InputFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputFileException((at == null ? "" : at.getLineNr() + ":" + at.getColumnNr() + ": ")
                    + "This is not valid JSON: " + e.getOriginalMessage());
        }
        String prefix;
        JsonNode entries;
        if (root != null && root.isArray()) {
            prefix = "";
            entries = root;
        } else if (root != null && root.isObject() && root.path("demand").isArray()) {
            prefix = "/demand";
            entries = root.get("demand");
        } else {
            throw new InputFileException("A JSON demand file is an array of entries or an object with a 'demand' "
                    + "array, like a topology file's");
        }
        locate(text);
        for (int i = 0; i < entries.size(); i++) {
            entry(entries.get(i), prefix + "/" + i);
        }
        return parsed;
    }

    private void entry(JsonNode node, String pointer) {
        int[] at = positions.getOrDefault(pointer, new int[] {1, 1});
        if (!node.isObject()) {
            parsed.error("demand-entry", at[0], at[1], "Demand entry " + pointer + " is not an object; it is left out");
            return;
        }
        Map<String, int[]> fields = new HashMap<>();
        int before = parsed.problems.size();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            int[] where = positions.getOrDefault(pointer + "/" + name, at);
            fields.put(name, where);
            if (!FIELDS.contains(name)) {
                parsed.error("unknown-field", where[0], where[1], "Unknown field '" + name + "' in demand entry "
                        + pointer + "; the fields are " + String.join(", ", DemandCsv.COLUMNS));
            }
        }
        String zone = text(node, "zone", fields, at);
        String origin = text(node, "origin", fields, at);
        String location = text(node, "location", fields, at);
        String dataCenter = text(node, "dataCenter", fields, at);
        String familyText = text(node, "family", fields, at);
        Family family = familyText == null ? null : Family.fromJson(familyText);
        if (familyText != null && family == null) {
            int[] where = fields.get("family");
            parsed.error("demand-family", where[0], where[1], "'" + familyText + "' is not a family: ipv4 or ipv6");
        }
        JsonNode connections = node.get("connections");
        if (connections == null || !connections.isNumber()) {
            int[] where = fields.getOrDefault("connections", at);
            parsed.error("demand-connections", where[0], where[1], connections == null
                    ? "Demand entry " + pointer + " has no 'connections'" : "'connections' must be a number");
        }
        // An entry with a problem of its own is left out, so validation does not report it a second time.
        if (parsed.problems.size() == before) {
            parsed.add(new Demand(zone, origin, location, dataCenter, connections.doubleValue(), family), at[0], at[1],
                    fields);
        }
    }

    private String text(JsonNode node, String name, Map<String, int[]> fields, int[] at) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            int[] where = fields.getOrDefault(name, at);
            parsed.error("wrong-type", where[0], where[1], "'" + name + "' must be text, not " + value);
            return null;
        }
        return value.textValue();
    }

    /** Records where every object and field of the text starts, by JSON pointer. */
    private void locate(String text) {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.START_OBJECT) {
                    JsonLocation at = parser.currentTokenLocation();
                    positions.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                            new int[] {at.getLineNr(), at.getColumnNr()});
                }
            }
        } catch (IOException e) {
            // The text parsed as a tree already; positions found so far still help.
        }
    }
}
