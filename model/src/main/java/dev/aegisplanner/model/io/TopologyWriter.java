package dev.aegisplanner.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.aegisplanner.model.topology.DataCenter;
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
import dev.aegisplanner.model.topology.Zone;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a topology in the file format: pretty printed, fields in the order of the format's documentation,
 * defaults left out (no {@code null}s, empty lists, {@code "status": "up"} or {@code "port": 443}), so a
 * saved file is as small and readable as one written by hand, and reading it back gives an equal topology.
 */
public final class TopologyWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private TopologyWriter() {
    }

    public static String toJson(Topology topology) {
        StringWriter out = new StringWriter();
        TopologyPrettyPrinter printer = new TopologyPrettyPrinter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(printer);
            new TopologyWriter.Fields(g, printer).topology(topology);
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /**
     * Saves atomically: the text goes to a temporary file in the same folder, which then replaces
     * {@code file} in one rename. If anything fails, the previous file is untouched.
     *
     * @throws IOException with a message that names the file and says what went wrong
     */
    public static void write(Topology topology, Path file) throws IOException {
        AtomicFiles.writeUtf8(file, toJson(topology));
    }

    /** Writes the fields of each element, in format order, skipping defaults. */
    private static final class Fields {
        private final JsonGenerator g;
        private final TopologyPrettyPrinter printer;

        Fields(JsonGenerator g, TopologyPrettyPrinter printer) {
            this.g = g;
            this.printer = printer;
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
            g.writeEndObject();
        }

        private void location(Location l) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", l.id());
            text("name", l.name());
            text("region", l.region());
            number("lat", l.lat());
            number("lon", l.lon());
            status(l.status());
            list("dataCenters", l.dataCenters(), this::dataCenter);
            g.writeEndObject();
        }

        private void dataCenter(DataCenter d) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            text("name", d.name());
            status(d.status());
            if (!d.ipCapacity().isEmpty()) {
                g.writeFieldName("ipCapacity");
                printer.inlineNext();
                g.writeStartObject();
                for (Map.Entry<String, Double> share : d.ipCapacity().entrySet()) {
                    number(share.getKey(), share.getValue());
                }
                g.writeEndObject();
            }
            list("servers", d.servers(), this::server);
            g.writeEndObject();
        }

        private void server(Server s) throws IOException {
            printer.inlineNext();
            g.writeStartObject();
            g.writeStringField("id", s.id());
            text("name", s.name());
            status(s.status());
            texts("egressIps", s.egressIps());
            g.writeEndObject();
        }

        private void link(Link l) throws IOException {
            printer.inlineNext();
            g.writeStartObject();
            g.writeStringField("from", l.from());
            g.writeStringField("to", l.to());
            number("latencyMs", l.latencyMs());
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
            g.writeEndObject();
        }

        private void zone(Zone z) throws IOException {
            printer.inlineNext();
            g.writeStartObject();
            g.writeStringField("id", z.id());
            text("pool", z.pool());
            texts("regions", z.regions());
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
            if (o.lat() != null) {
                number("lat", o.lat());
            }
            if (o.lon() != null) {
                number("lon", o.lon());
            }
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
            g.writeEndObject();
        }

        private void demand(Demand d) throws IOException {
            printer.inlineNext();
            g.writeStartObject();
            text("zone", d.zone());
            text("origin", d.origin());
            text("location", d.location());
            text("dataCenter", d.dataCenter());
            number("connections", d.connections());
            text("family", d.family() == null ? null : d.family().json());
            g.writeEndObject();
        }

        private void layout(Map<String, LayoutBox> layout) throws IOException {
            if (layout.isEmpty()) {
                return;
            }
            g.writeObjectFieldStart("layout");
            for (Map.Entry<String, LayoutBox> entry : layout.entrySet()) {
                LayoutBox box = entry.getValue();
                g.writeFieldName(entry.getKey());
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
