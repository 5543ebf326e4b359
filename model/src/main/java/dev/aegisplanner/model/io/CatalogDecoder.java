package dev.aegisplanner.model.io;

import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.FieldOwner;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Zone;
import java.io.IOException;
import java.util.List;

/** Decodes the catalog entries of a topology file: pools, zones, origins, scenarios and demand. */
final class CatalogDecoder {

    private static final String FAMILIES = "\"ipv4\" or \"ipv6\"";

    private final Decoding decoding;

    CatalogDecoder(Decoding decoding) {
        this.decoding = decoding;
    }

    Pool pool(Pointer pointer) throws IOException, UnreadableException {
        Subject subject = Subject.element("pool", null);
        Fields f = decoding.open(pointer, subject);
        String name = null;
        PoolSource source = null;
        List<String> addresses = List.of();
        while (f.next()) {
            switch (f.name()) {
                case "id" -> subject.id(f.idValue(subject));
                case "name" -> name = f.text();
                case "source" -> source = f.word(PoolSource::fromJson, "\"leased\" or \"byoip\"", null);
                case "addresses" -> addresses = f.texts();
                default -> f.unknown();
            }
        }
        String id = f.id(subject);
        f.require("source");
        f.require("addresses");
        return kept(ElementKind.POOL, id, f, id == null ? null : new Pool(id, name, source, addresses));
    }

    Zone zone(Pointer pointer) throws IOException, UnreadableException {
        Subject subject = Subject.element("zone", null);
        Fields f = decoding.open(pointer, subject);
        String pool = null;
        List<String> regions = List.of();
        while (f.next()) {
            switch (f.name()) {
                case "id" -> subject.id(f.idValue(subject));
                case "pool" -> pool = f.text();
                case "regions" -> regions = f.texts();
                default -> f.unknown();
            }
        }
        String id = f.id(subject);
        return kept(ElementKind.ZONE, id, f, id == null ? null : new Zone(id, pool, regions));
    }

    Origin origin(Pointer pointer) throws IOException, UnreadableException {
        Subject subject = Subject.element("origin", null);
        Fields f = decoding.open(pointer, subject);
        String name = null;
        String ipv4 = null;
        String ipv6 = null;
        int port = Origin.DEFAULT_PORT;
        Double lat = null;
        Double lon = null;
        while (f.next()) {
            switch (f.name()) {
                case "id" -> subject.id(f.idValue(subject));
                case "name" -> name = f.text();
                case "ipv4" -> ipv4 = f.text();
                case "ipv6" -> ipv6 = f.text();
                case "port" -> port = f.integer(Origin.DEFAULT_PORT);
                case "lat" -> lat = f.number();
                case "lon" -> lon = f.number();
                default -> f.unknown();
            }
        }
        String id = f.id(subject);
        return kept(ElementKind.ORIGIN, id, f, id == null ? null : new Origin(id, name, ipv4, ipv6, port, lat, lon));
    }

    Scenario scenario(Pointer pointer) throws IOException, UnreadableException {
        Subject subject = Subject.element("scenario", null);
        Fields f = decoding.open(pointer, subject);
        String name = null;
        String description = null;
        String zone = null;
        String origin = null;
        String ingressServer = null;
        Family family = null;
        String expect = null;
        while (f.next()) {
            switch (f.name()) {
                case "id" -> subject.id(f.idValue(subject));
                case "name" -> name = f.text();
                case "description" -> description = f.text();
                case "zone" -> zone = f.text();
                case "origin" -> origin = f.text();
                case "ingressServer" -> ingressServer = f.text();
                case "family" -> family = f.word(Family::fromJson, FAMILIES, null);
                case "expect" -> expect = f.text();
                default -> f.unknown();
            }
        }
        String id = f.id(subject);
        f.require("zone");
        f.require("origin");
        f.require("ingressServer");
        return kept(ElementKind.SCENARIO, id, f, id == null ? null
                : new Scenario(id, name, description, zone, origin, ingressServer, family, expect));
    }

    /**
     * A demand entry. Kept even when broken (it has no id that others refer to), so that validation can say
     * everything that is wrong with it; a missing or broken {@code connections} reads as 0.
     */
    Demand demand(Pointer pointer) throws IOException, UnreadableException {
        String key = pointer.key();
        Fields f = decoding.open(pointer, () -> "demand entry " + key);
        String zone = null;
        String origin = null;
        String location = null;
        String dataCenter = null;
        Double connections = null;
        Family family = null;
        while (f.next()) {
            switch (f.name()) {
                case "zone" -> zone = f.text();
                case "origin" -> origin = f.text();
                case "location" -> location = f.text();
                case "dataCenter" -> dataCenter = f.text();
                case "connections" -> connections = f.number();
                case "family" -> family = f.word(Family::fromJson, FAMILIES, null);
                default -> f.unknown();
            }
        }
        f.require("connections");
        Demand entry = new Demand(zone, origin, location, dataCenter, connections == null ? 0 : connections, family);
        TopologyDecoder.keepUnknown(decoding, FieldOwner.demand(entry), f);
        decoding.release(f);
        return entry;
    }

    /** The element, with the fields its object holds that the format does not know; the reader is done with it. */
    private <T> T kept(ElementKind kind, String id, Fields f, T element) {
        if (element != null) {
            TopologyDecoder.keepUnknown(decoding, new FieldOwner(kind.name(), id), f);
        }
        decoding.release(f);
        return element;
    }
}
