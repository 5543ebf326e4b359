package dev.aegisplanner.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;

/**
 * Decides from {@code format} and {@code version} whether a JSON document is a topology this version of Aegis
 * Planner can read. Another format, or a version from the future, is unreadable: decoding it as version 1
 * would report nonsense. A missing version is only an error; the file is read as version 1.
 */
final class FormatHeader {

    private FormatHeader() {
    }

    static void check(JsonNode root, DecodeLog log) throws UnreadableException {
        if (!root.isObject()) {
            throw unreadable("not-a-topology", "", "This is not an Aegis Planner topology: the file holds "
                    + Text.describe(root) + ", not an object with \"format\": \"" + Topology.FORMAT + "\"");
        }
        JsonNode format = root.get("format");
        if (format == null) {
            throw unreadable("not-a-topology", "", "This is not an Aegis Planner topology: it has no \"format\": \""
                    + Topology.FORMAT + "\"");
        }
        if (!format.isTextual() || !format.textValue().equals(Topology.FORMAT)) {
            String found = format.isTextual() ? "'" + format.textValue() + "'" : Text.describe(format);
            throw unreadable("not-a-topology", "/format", "This is not an Aegis Planner topology: its format is "
                    + found + ", not '" + Topology.FORMAT + "'");
        }
        JsonNode version = root.get("version");
        if (version == null) {
            log.error("missing-field", "/version", "The topology is missing the required field 'version'; it is read as version "
                    + Topology.VERSION);
            return;
        }
        if (!version.isIntegralNumber()) {
            throw unreadable("unsupported-version", "/version", "The format version must be a whole number, not "
                    + (version.isTextual() ? "'" + version.textValue() + "'" : version.toString()));
        }
        if (version.bigIntegerValue().signum() <= 0) {
            throw unreadable("unsupported-version", "/version", "Format version " + version.asText()
                    + " does not exist; this version of Aegis Planner reads format version " + Topology.VERSION);
        }
        if (!version.canConvertToInt() || version.intValue() != Topology.VERSION) {
            throw unreadable("unsupported-version", "/version", "This topology is format version " + version.asText()
                    + ", written by a newer Aegis Planner; this version reads format version " + Topology.VERSION);
        }
    }

    private static UnreadableException unreadable(String code, String pointer, String message) {
        return new UnreadableException(Problem.error(code, pointer, message));
    }
}
