package dev.aegisplanner.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.UnknownFields;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decodes a parsed topology document into the immutable records, best effort: every problem in the text is
 * reported and decoding goes on. An element without a usable {@code id} (or a link without both ends) is
 * left out, since nothing could refer to it; a location without {@code lat}/{@code lon} is kept at 0 with
 * the error reported, so the editor can still show it. Pools, zones, origins and scenarios are decoded by
 * {@link CatalogDecoder}.
 */
final class TopologyDecoder {

    static final String UP_OR_DOWN = "\"up\" or \"down\"";

    private static final Set<String> TOPOLOGY = Set.of("format", "version", "name", "description", "locations",
            "links", "pools", "zones", "origins", "scenarios", "demand", "layout");
    private static final Set<String> LOCATION = Set.of("id", "name", "region", "lat", "lon", "status", "dataCenters");
    private static final Set<String> DATA_CENTER = Set.of("id", "name", "status", "ipCapacity", "servers");
    private static final Set<String> SERVER = Set.of("id", "name", "status", "egressIps");
    private static final Set<String> LINK = Set.of("from", "to", "latencyMs");
    private static final Set<String> LAYOUT_BOX = Set.of("x", "y", "w", "h");

    private final DecodeLog log;
    private final CatalogDecoder catalog;

    TopologyDecoder(DecodeLog log) {
        this.log = log;
        this.catalog = new CatalogDecoder(log);
    }

    Topology decode(ObjectNode root) {
        Fields f = new Fields(root, Pointer.ROOT, () -> "the topology", TOPOLOGY, log);
        return new Topology(f.text("name"), f.text("description"),
                f.objects("locations", this::location),
                f.objects("links", this::link),
                f.objects("pools", catalog::pool),
                f.objects("zones", catalog::zone),
                f.objects("origins", catalog::origin),
                f.objects("scenarios", catalog::scenario),
                f.objects("demand", catalog::demand),
                f.objectsByKey("layout", this::layoutBox),
                UnknownFields.NONE);
    }

    private Location location(ObjectNode node, Pointer pointer) {
        String id = id(node, pointer, "location", "", log);
        Fields f = new Fields(node, pointer, subject("location", id, ""), LOCATION, log);
        String name = f.text("name");
        String region = f.text("region");
        double lat = f.requiredNumber("lat");
        double lon = f.requiredNumber("lon");
        Status status = f.word("status", Status::fromJson, UP_OR_DOWN, Status.UP);
        String where = id == null ? " in a location without an id" : " in location " + id;
        List<DataCenter> dataCenters = f.objects("dataCenters", (n, p) -> dataCenter(n, p, where));
        return id == null ? null : new Location(id, name, region, lat, lon, status, dataCenters);
    }

    private DataCenter dataCenter(ObjectNode node, Pointer pointer, String where) {
        String id = id(node, pointer, "data center", where, log);
        Fields f = new Fields(node, pointer, subject("data center", id, where), DATA_CENTER, log);
        String name = f.text("name");
        Status status = f.word("status", Status::fromJson, UP_OR_DOWN, Status.UP);
        var ipCapacity = f.numbersByKey("ipCapacity");
        String inside = id == null ? " in a data center without an id" : " in data center " + id;
        List<Server> servers = f.objects("servers", (n, p) -> server(n, p, inside));
        return id == null ? null : new DataCenter(id, name, status, ipCapacity, servers);
    }

    private Server server(ObjectNode node, Pointer pointer, String where) {
        String id = id(node, pointer, "server", where, log);
        Fields f = new Fields(node, pointer, subject("server", id, where), SERVER, log);
        String name = f.text("name");
        Status status = f.word("status", Status::fromJson, UP_OR_DOWN, Status.UP);
        List<String> egressIps = f.texts("egressIps");
        return id == null ? null : new Server(id, name, status, egressIps);
    }

    private Link link(ObjectNode node, Pointer pointer) {
        String fromText = peekText(node, "from");
        String toText = peekText(node, "to");
        Fields f = new Fields(node, pointer, () -> fromText != null && toText != null
                ? "the link from " + fromText + " to " + toText : "a link", LINK, log);
        String from = f.requiredText("from");
        String to = f.requiredText("to");
        double latency = f.requiredNumber("latencyMs");
        return from == null || to == null ? null : new Link(from, to, latency);
    }

    private LayoutBox layoutBox(ObjectNode node, Pointer pointer) {
        Fields f = new Fields(node, pointer, () -> "the layout of " + pointer.key(), LAYOUT_BOX, log);
        double x = f.requiredNumber("x");
        double y = f.requiredNumber("y");
        Double w = f.number("w");
        Double h = f.number("h");
        return new LayoutBox(x, y, w == null ? 0 : w, h == null ? 0 : h);
    }

    /**
     * The element's id, or {@code null} (reported) when it has none that is text.
     *
     * @param where where the element is, for the message: " in location FRA", or ""
     */
    static String id(ObjectNode node, Pointer pointer, String noun, String where, DecodeLog log) {
        JsonNode id = node.get("id");
        if (id != null && id.isTextual()) {
            return id.textValue();
        }
        String element = "a " + noun + where;
        if (id == null || id.isNull()) {
            log.error("missing-field", pointer.field("id"), Text.capitalize(element)
                    + " has no 'id'; it is left out until it has one");
        } else {
            log.error("wrong-type", pointer.field("id"), "The 'id' of " + element + " must be text, not "
                    + Text.describe(id) + "; the " + noun + " is left out until it has one");
        }
        return null;
    }

    /** The element as a sentence names it, worded only when a problem is reported. */
    static Supplier<String> subject(String noun, String id, String where) {
        return () -> id == null ? "a " + noun + where : noun + " " + id;
    }

    private static String peekText(ObjectNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
