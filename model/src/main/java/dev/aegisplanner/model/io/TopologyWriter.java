package dev.aegisplanner.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.FieldOwner;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.UnknownField;
import dev.aegisplanner.model.topology.UnknownFields;
import dev.aegisplanner.model.topology.Zone;
import dev.aegisplanner.model.validation.Printable;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a topology in the file format: pretty printed, fields in the order of the format's documentation,
 * defaults left out (no {@code null}s, empty lists, {@code "status": "up"} or {@code "port": 443}), so a
 * saved file is as small and readable as one written by hand, and reading it back gives an equal topology.
 * Fields the format does not know ({@link Topology#unknownFields()}) are written back into their objects,
 * after the known fields, as they were read. A number JSON cannot hold (infinity, NaN) is never written: the
 * topology is refused with a message that names the element and the field.
 */
public final class TopologyWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private TopologyWriter() {
    }

    /**
     * The topology as the text of a file.
     *
     * @throws NotFiniteException when a number is infinite or NaN, which JSON cannot hold
     */
    public static String toJson(Topology topology) {
        StringWriter out = new StringWriter();
        TopologyPrettyPrinter printer = new TopologyPrettyPrinter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(printer);
            new TopologyWriter.Fields(g, printer, topology.unknownFields()).topology(topology);
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /**
     * Saves atomically ({@link AtomicFiles}), keeping the version it replaces as {@code NAME~}: if anything
     * fails, the previous file is untouched.
     *
     * @return the text written, so problems can be placed in it
     * @throws IOException with a message that names the file and says what went wrong
     */
    public static String write(Topology topology, Path file) throws IOException {
        return write(topology, file, AtomicFiles.Previous.KEEP_AS_BACKUP);
    }

    /** {@link #write(Topology, Path)}, keeping the version it replaces or not (a recovery copy needs none). */
    public static String write(Topology topology, Path file, AtomicFiles.Previous previous) throws IOException {
        String text;
        ByteBuffer bytes;
        try {
            text = toJson(topology);
            // Strict encoding: a broken character fails the save instead of silently becoming '?' in the file.
            bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
        } catch (NotFiniteException e) {
            throw new IOException("Could not save " + file + ": " + e.getMessage(), e);
        } catch (CharacterCodingException e) {
            throw new IOException("Could not save " + file + ": the topology contains text that is not valid"
                    + " Unicode (a broken character in a name or id)", e);
        }
        try {
            AtomicFiles.write(file, out -> out.write(bytes.array(), bytes.arrayOffset(), bytes.limit()), previous);
        } catch (AtomicFiles.Failure e) {
            throw new IOException("Could not save " + file + ": " + e.getMessage(), e);
        }
        return text;
    }

    /** A number that is infinite or NaN: JSON has no way to write it, and the file would not mean what the plan says. */
    public static final class NotFiniteException extends IllegalArgumentException {
        NotFiniteException(String message) {
            super(message);
        }
    }

    /** Writes the fields of each element, in format order, skipping defaults, then the fields it does not know. */
    private static final class Fields {
        private final JsonGenerator g;
        private final TopologyPrettyPrinter printer;
        private final UnknownFields unknown;
        /** Owners whose unknown fields were written: an id used twice gets them once. */
        private final Set<FieldOwner> written = new HashSet<>();
        /** The element being written, worded only if one of its numbers cannot be written. */
        private Supplier<String> element = () -> "the topology";

        Fields(JsonGenerator g, TopologyPrettyPrinter printer, UnknownFields unknown) {
            this.g = g;
            this.printer = printer;
            this.unknown = unknown;
        }

        private void unknownFields(FieldOwner owner) throws IOException {
            if (unknown.isEmpty() || !written.add(owner)) {
                return;
            }
            for (UnknownField field : unknown.of(owner)) {
                g.writeFieldName(field.name());
                g.writeRawValue(field.json());
            }
        }

        private void unknownFields(ElementKind kind, String id) throws IOException {
            if (!unknown.isEmpty()) {
                unknownFields(new FieldOwner(kind.name(), id));
            }
        }

        void topology(Topology t) throws IOException {
            g.writeStartObject();
            g.writeStringField("format", Topology.FORMAT);
            g.writeNumberField("version", Topology.VERSION);
            text("name", t.name());
            text("description", t.description());
            if (!t.locations().isEmpty()) {
                g.writeArrayFieldStart("locations");
                for (Location location : t.locations()) {
                    location(location);
                }
                g.writeEndArray();
            }
            list("links", t.links(), this::link);
            list("pools", t.pools(), this::pool);
            list("zones", t.zones(), this::zone);
            list("origins", t.origins(), this::origin);
            list("scenarios", t.scenarios(), this::scenario);
            list("demand", t.demand(), this::demand);
            layout(t.layout());
            element = () -> "the topology";
            unknownFields(FieldOwner.topology());
            g.writeEndObject();
        }

        private void location(Location l) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", l.id());
            text("name", l.name());
            text("region", l.region());
            element = () -> "location " + l.id();
            number("lat", l.lat());
            number("lon", l.lon());
            status(l.status());
            list("dataCenters", l.dataCenters(), this::dataCenter);
            unknownFields(ElementKind.LOCATION, l.id());
            g.writeEndObject();
        }

        private void dataCenter(DataCenter d) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            text("name", d.name());
            status(d.status());
            if (!d.ipCapacity().isEmpty()) {
                element = () -> "the 'ipCapacity' of data center " + d.id();
                g.writeFieldName("ipCapacity");
                printer.inlineNext();
                g.writeStartObject();
                for (Map.Entry<String, Double> share : d.ipCapacity().entrySet()) {
                    number(share.getKey(), share.getValue());
                }
                g.writeEndObject();
            }
            list("servers", d.servers(), this::server);
            unknownFields(ElementKind.DATA_CENTER, d.id());
            g.writeEndObject();
        }

        private void server(Server s) throws IOException {
            printer.inlineNext();
            g.writeStartObject();
            g.writeStringField("id", s.id());
            text("name", s.name());
            status(s.status());
            texts("egressIps", s.egressIps());
            unknownFields(ElementKind.SERVER, s.id());
            g.writeEndObject();
        }

        private void link(Link l) throws IOException {
            printer.inlineNext();
            g.writeStartObject();
            g.writeStringField("from", l.from());
            g.writeStringField("to", l.to());
            element = () -> "the link from " + l.from() + " to " + l.to();
            number("latencyMs", l.latencyMs());
            if (!unknown.isEmpty()) {
                unknownFields(FieldOwner.of(ElementRef.link(l)));
            }
            g.writeEndObject();
        }

        private void pool(Pool p) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", p.id());
            text("name", p.name());
            text("source", p.source() == null ? null : p.source().json());
            // Required, so written even when empty.
            g.writeFieldName("addresses");
            printer.inlineNext();
            g.writeStartArray();
            for (String address : p.addresses()) {
                g.writeString(address);
            }
            g.writeEndArray();
            unknownFields(ElementKind.POOL, p.id());
            g.writeEndObject();
        }

        private void zone(Zone z) throws IOException {
            printer.inlineNext();
            g.writeStartObject();
            g.writeStringField("id", z.id());
            text("pool", z.pool());
            texts("regions", z.regions());
            unknownFields(ElementKind.ZONE, z.id());
            g.writeEndObject();
        }

        private void origin(Origin o) throws IOException {
            printer.inlineNext();
            g.writeStartObject();
            g.writeStringField("id", o.id());
            text("name", o.name());
            text("ipv4", o.ipv4());
            text("ipv6", o.ipv6());
            if (o.port() != Origin.DEFAULT_PORT) {
                g.writeNumberField("port", o.port());
            }
            element = () -> "origin " + o.id();
            if (o.lat() != null) {
                number("lat", o.lat());
            }
            if (o.lon() != null) {
                number("lon", o.lon());
            }
            unknownFields(ElementKind.ORIGIN, o.id());
            g.writeEndObject();
        }

        private void scenario(Scenario s) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            text("name", s.name());
            text("description", s.description());
            text("zone", s.zone());
            text("origin", s.origin());
            text("ingressServer", s.ingressServer());
            text("family", s.family() == null ? null : s.family().json());
            text("expect", s.expect());
            unknownFields(ElementKind.SCENARIO, s.id());
            g.writeEndObject();
        }

        private void demand(Demand d) throws IOException {
            printer.inlineNext();
            g.writeStartObject();
            text("zone", d.zone());
            text("origin", d.origin());
            text("location", d.location());
            text("dataCenter", d.dataCenter());
            element = () -> "the demand entry for " + d.zone() + " to " + d.origin();
            number("connections", d.connections());
            text("family", d.family() == null ? null : d.family().json());
            if (!unknown.isEmpty()) {
                unknownFields(FieldOwner.demand(d));
            }
            g.writeEndObject();
        }

        private void layout(Map<String, LayoutBox> layout) throws IOException {
            if (layout.isEmpty()) {
                return;
            }
            g.writeObjectFieldStart("layout");
            for (Map.Entry<String, LayoutBox> entry : layout.entrySet()) {
                LayoutBox box = entry.getValue();
                String key = entry.getKey();
                element = () -> "the layout of " + key;
                g.writeFieldName(key);
                printer.inlineNext();
                g.writeStartObject();
                number("x", box.x());
                number("y", box.y());
                if (Double.compare(box.w(), 0.0) != 0) {
                    number("w", box.w());
                }
                if (Double.compare(box.h(), 0.0) != 0) {
                    number("h", box.h());
                }
                if (!unknown.isEmpty()) {
                    unknownFields(FieldOwner.layout(key));
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }

        private interface ElementWriter<T> {
            void write(T element) throws IOException;
        }

        private <T> void list(String name, List<T> elements, ElementWriter<T> writer) throws IOException {
            if (elements.isEmpty()) {
                return;
            }
            g.writeArrayFieldStart(name);
            for (T element : elements) {
                writer.write(element);
            }
            g.writeEndArray();
        }

        private void texts(String name, List<String> values) throws IOException {
            if (values.isEmpty()) {
                return;
            }
            g.writeFieldName(name);
            printer.inlineNext();
            g.writeStartArray();
            for (String value : values) {
                g.writeString(value);
            }
            g.writeEndArray();
        }

        private void text(String name, String value) throws IOException {
            if (value != null) {
                g.writeStringField(name, value);
            }
        }

        private void status(Status status) throws IOException {
            if (status != Status.UP) {
                g.writeStringField("status", status.json());
            }
        }

        /** Whole numbers without ".0", as people write coordinates and sizes; -0.0 keeps its sign. */
        private void number(String name, double value) throws IOException {
            if (!Double.isFinite(value)) {
                throw new NotFiniteException(Printable.text(Text.capitalize(element.get())) + " has " + name + " "
                        + (Double.isNaN(value) ? "NaN (not a number)" : value > 0 ? "infinity" : "minus infinity")
                        + ", which a file cannot hold; change it to a finite number first");
            }
            g.writeFieldName(name);
            boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15
                    && !(value == 0 && Double.doubleToRawLongBits(value) != 0);
            if (whole) {
                g.writeNumber((long) value);
            } else {
                g.writeNumber(value);
            }
        }
    }
}
