package dev.aegisplanner.model.io;

import com.fasterxml.jackson.core.JsonToken;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Decides from {@code format} and {@code version} whether a JSON document is a topology this version of Aegis
 * Planner can read. Another format, or a version from the future, is unreadable: decoding it as version 1
 * would report nonsense. A missing version is only an error; the file is read as version 1. The two fields
 * may be anywhere in the object, so they are noted while decoding and judged once it is read.
 */
final class FormatHeader {

    private boolean hasFormat;
    private String format;
    private String formatFound;
    private boolean hasVersion;
    private JsonToken versionToken;
    private String versionText;
    private BigInteger version;

    void format(Cursor c) throws IOException {
        hasFormat = true;
        format = c.token() == JsonToken.VALUE_STRING ? c.text() : null;
        formatFound = format != null ? "'" + format + "'" : c.describe();
        c.skip();
    }

    void version(Cursor c) throws IOException {
        hasVersion = true;
        versionToken = c.token();
        version = versionToken == JsonToken.VALUE_NUMBER_INT ? c.parser().getBigIntegerValue() : null;
        versionText = versionToken == JsonToken.VALUE_STRING ? "'" + c.text() + "'"
                : versionToken.isStructStart() ? c.capture() : c.text();
    }

    /** Throws when the document is no topology of this version; a missing version is only reported. */
    void check(DecodeLog log, long rootPlace) throws UnreadableException {
        if (!hasFormat) {
            throw unreadable("not-a-topology", "", "This is not an Aegis Planner topology: it has no \"format\": \""
                    + Topology.FORMAT + "\"");
        }
        if (!Topology.FORMAT.equals(format)) {
            throw unreadable("not-a-topology", "/format", "This is not an Aegis Planner topology: its format is "
                    + formatFound + ", not '" + Topology.FORMAT + "'");
        }
        if (!hasVersion) {
            log.problem("missing-field", Pointer.ROOT.field("version"), rootPlace, () -> "The topology is missing the"
                    + " required field 'version'; it is read as version " + Topology.VERSION, false);
            return;
        }
        if (version == null) {
            throw unreadable("unsupported-version", "/version", "The format version must be a whole number, not "
                    + versionText);
        }
        if (version.signum() <= 0) {
            throw unreadable("unsupported-version", "/version", "Format version " + versionText
                    + " does not exist; this version of Aegis Planner reads format version " + Topology.VERSION);
        }
        if (version.bitLength() > 31 || version.intValue() != Topology.VERSION) {
            throw unreadable("unsupported-version", "/version", "This topology is format version " + versionText
                    + ", written by a newer Aegis Planner; this version reads format version " + Topology.VERSION);
        }
    }

    /** What the document holds when it is not an object, for the message that says it is no topology. */
    static UnreadableException notAnObject(String found) {
        return unreadable("not-a-topology", "", "This is not an Aegis Planner topology: the file holds " + found
                + ", not an object with \"format\": \"" + Topology.FORMAT + "\"");
    }

    private static UnreadableException unreadable(String code, String pointer, String message) {
        return new UnreadableException(Problem.error(code, pointer, message));
    }
}
