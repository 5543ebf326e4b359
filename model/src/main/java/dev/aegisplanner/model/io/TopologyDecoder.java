package dev.aegisplanner.model.io;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.FieldOwner;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.UnknownField;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Decodes a topology document from the streaming parser, best effort: every problem in the text is reported
 * and decoding goes on. An element without a usable {@code id} (or a link without both ends) is left out,
 * since nothing could refer to it; a location without {@code lat}/{@code lon} is kept at 0 with the error
 * reported, so the editor can still show it. Fields the format does not know are kept with the object they
 * were found in. Pools, zones, origins, scenarios and demand are decoded by {@link CatalogDecoder}.
 */
final class TopologyDecoder {

    static final String UP_OR_DOWN = "\"up\" or \"down\"";


    private final Decoding decoding;
    private final CatalogDecoder catalog;
    private final FormatHeader header = new FormatHeader();

    TopologyDecoder(Decoding decoding) {
        this.decoding = decoding;
        this.catalog = new CatalogDecoder(decoding);
    }

    FormatHeader header() {
        return header;
    }

    /** Decodes the topology object the parser is at. */
    Topology decode() throws IOException, UnreadableException {
        Fields f = decoding.open(Pointer.ROOT, () -> "the topology");
        decoding.positions.root(decoding.cursor.offset(), f.start());
        String name = null;
        String description = null;
        List<Location> locations = List.of();
        List<Link> links = List.of();
        List<dev.aegisplanner.model.topology.Pool> pools = List.of();
        List<dev.aegisplanner.model.topology.Zone> zones = List.of();
        List<dev.aegisplanner.model.topology.Origin> origins = List.of();
        List<dev.aegisplanner.model.topology.Scenario> scenarios = List.of();
        List<dev.aegisplanner.model.topology.Demand> demand = List.of();
        Map<String, LayoutBox> layout = Map.of();
        while (f.next()) {
            decoding.positions.rootField(f.name(), f.namePlace());
            switch (f.name()) {
                case "format" -> header.format(decoding.cursor);
                case "version" -> header.version(decoding.cursor);
                case "name" -> name = f.text();
                case "description" -> description = f.text();
                case "locations" -> locations = f.objects(this::location);
                case "links" -> links = f.objects(this::link);
                case "pools" -> pools = f.objects(catalog::pool);
                case "zones" -> zones = f.objects(catalog::zone);
                case "origins" -> origins = f.objects(catalog::origin);
                case "scenarios" -> scenarios = f.objects(catalog::scenario);
                case "demand" -> demand = f.objects(catalog::demand);
                case "layout" -> layout = f.objectsByKey(this::layoutBox);
                default -> f.unknown();
            }
        }
        keepUnknown(FieldOwner.topology(), f);
        decoding.release(f);
        return new Topology(name, description, locations, links, pools, zones, origins, scenarios, demand, layout,
                decoding.log.unknownFields());
    }

    private Location location(Pointer pointer) throws IOException, UnreadableException {
        Subject subject = Subject.element("location", null);
        Fields f = decoding.open(pointer, subject);
        String name = null;
        String region = null;
        Double lat = null;
        Double lon = null;
        Status status = Status.UP;
        List<DataCenter> dataCenters = List.of();
        while (f.next()) {
            switch (f.name()) {
                case "id" -> subject.id(f.idValue(subject));
                case "name" -> name = f.text();
                case "region" -> region = f.text();
                case "lat" -> lat = f.number();
                case "lon" -> lon = f.number();
                case "status" -> status = f.word(Status::fromJson, UP_OR_DOWN, Status.UP);
                case "dataCenters" -> dataCenters = f.objects(p -> dataCenter(p, subject));
                default -> f.unknown();
            }
        }
        String id = f.id(subject);
        f.require("lat");
        f.require("lon");
        if (id != null) {
            keepUnknown(new FieldOwner(ElementKind.LOCATION.name(), id), f);
        }
        decoding.release(f);
        return id == null ? null : new Location(id, name, region, lat == null ? 0 : lat, lon == null ? 0 : lon, status, dataCenters);
    }

    private DataCenter dataCenter(Pointer pointer, Subject location) throws IOException, UnreadableException {
        Subject subject = Subject.element("data center", location);
        Fields f = decoding.open(pointer, subject);
        String name = null;
        Status status = Status.UP;
        Map<String, Double> ipCapacity = Map.of();
        List<Server> servers = List.of();
        while (f.next()) {
            switch (f.name()) {
                case "id" -> subject.id(f.idValue(subject));
                case "name" -> name = f.text();
                case "status" -> status = f.word(Status::fromJson, UP_OR_DOWN, Status.UP);
                case "ipCapacity" -> ipCapacity = f.numbersByKey();
                case "servers" -> servers = f.objects(p -> server(p, subject));
                default -> f.unknown();
            }
        }
        String id = f.id(subject);
        if (id != null) {
            keepUnknown(new FieldOwner(ElementKind.DATA_CENTER.name(), id), f);
        }
        decoding.release(f);
        return id == null ? null : new DataCenter(id, name, status, ipCapacity, servers);
    }

    private Server server(Pointer pointer, Subject dataCenter) throws IOException, UnreadableException {
        Subject subject = Subject.element("server", dataCenter);
        Fields f = decoding.open(pointer, subject);
        String name = null;
        Status status = Status.UP;
        List<String> egressIps = List.of();
        while (f.next()) {
            switch (f.name()) {
                case "id" -> subject.id(f.idValue(subject));
                case "name" -> name = f.text();
                case "status" -> status = f.word(Status::fromJson, UP_OR_DOWN, Status.UP);
                case "egressIps" -> egressIps = f.texts();
                default -> f.unknown();
            }
        }
        String id = f.id(subject);
        if (id != null) {
            keepUnknown(new FieldOwner(ElementKind.SERVER.name(), id), f);
        }
        decoding.release(f);
        return id == null ? null : new Server(id, name, status, egressIps);
    }

    private Link link(Pointer pointer) throws IOException, UnreadableException {
        String[] ends = new String[2];
        Fields f = decoding.open(pointer, () -> ends[0] != null && ends[1] != null
                ? "the link from " + ends[0] + " to " + ends[1] : "a link");
        Double latency = null;
        while (f.next()) {
            switch (f.name()) {
                case "from" -> ends[0] = f.text();
                case "to" -> ends[1] = f.text();
                case "latencyMs" -> latency = f.number();
                default -> f.unknown();
            }
        }
        f.require("from");
        f.require("to");
        f.require("latencyMs");
        Link link = ends[0] == null || ends[1] == null ? null : new Link(ends[0], ends[1], latency == null ? 0 : latency);
        if (link != null) {
            keepUnknown(FieldOwner.of(ElementRef.link(link)), f);
        }
        decoding.release(f);
        return link;
    }

    private LayoutBox layoutBox(Pointer pointer) throws IOException, UnreadableException {
        String key = pointer.key();
        Fields f = decoding.open(pointer, () -> "the layout of " + key);
        Double x = null;
        Double y = null;
        Double w = null;
        Double h = null;
        while (f.next()) {
            switch (f.name()) {
                case "x" -> x = f.number();
                case "y" -> y = f.number();
                case "w" -> w = f.number();
                case "h" -> h = f.number();
                default -> f.unknown();
            }
        }
        f.require("x");
        f.require("y");
        keepUnknown(FieldOwner.layout(key), f);
        decoding.release(f);
        return new LayoutBox(x == null ? 0 : x, y == null ? 0 : y, w == null ? 0 : w, h == null ? 0 : h);
    }

    private void keepUnknown(FieldOwner owner, Fields f) {
        keepUnknown(decoding, owner, f);
    }

    static void keepUnknown(Decoding decoding, FieldOwner owner, Fields f) {
        List<UnknownField> unknown = f.unknownFields();
        if (!unknown.isEmpty()) {
            decoding.log.unknown(owner, unknown);
        }
    }
}
