package dev.aegisplanner.app.editor.properties;

import dev.aegisplanner.model.edit.Catalog;
import dev.aegisplanner.model.edit.CatalogEdits;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/** The properties of pools, zones, origins, backbone links and scenarios. */
final class CatalogFields {

    /** How a choice field shows "no value". */
    static final String NONE = "(none)";
    private static final String GENERAL = "General";
    private static final String REQUEST = "Request";

    private CatalogFields() {
    }

    static List<ElementField> pool(String id) {
        Edits<Pool> e = new Edits<>(Catalog.POOLS, id);
        return List.of(
                e.idField((p, newId) -> new Pool(newId, p.name(), p.source(), p.addresses())),
                StructureFields.nameField(new ElementRef(ElementKind.POOL, id), t -> e.read(t, Pool::name)),
                ElementField.named("Source", GENERAL).describedAs("Leased from Cloudflare, or the customer's own (BYOIP)")
                        .reads(t -> e.read(t, p -> p.source() == null ? null : p.source().json()))
                        .choices(t -> Arrays.stream(PoolSource.values()).map(PoolSource::json).toList())
                        .applies(e.subject, e.set((p, v) -> new Pool(p.id(), p.name(), PoolSource.fromJson(v), p.addresses())))
                        .build(),
                ElementField.named("Addresses", GENERAL).describedAs("Add and remove addresses in the Pools panel")
                        .reads(t -> e.read(t, p -> String.valueOf(p.addresses().size()))).build());
    }

    static List<ElementField> zone(String id) {
        Edits<Zone> e = new Edits<>(Catalog.ZONES, id);
        return List.of(
                e.idField((z, newId) -> new Zone(newId, z.pool(), z.regions())),
                ElementField.named("Pool", GENERAL).describedAs("The zone's dedicated egress pool; none uses shared egress")
                        .reads(t -> e.read(t, z -> z.pool() == null ? NONE : z.pool()))
                        .choices(t -> withNone(t.pools().stream().map(Pool::id)))
                        .applies(e.subject, e.set((z, v) -> new Zone(z.id(), orNull(v), z.regions()))).build(),
                ElementField.named("Regions", GENERAL)
                        .describedAs("Comma-separated location regions the zone may egress from; empty means anywhere")
                        .prompt("anywhere")
                        .reads(t -> e.read(t, z -> String.join(", ", z.regions())))
                        .applies(e.subject, e.set((z, v) -> new Zone(z.id(), z.pool(), list(v)))).build());
    }

    static List<ElementField> origin(String id) {
        Edits<Origin> e = new Edits<>(Catalog.ORIGINS, id);
        return List.of(
                e.idField((o, newId) -> new Origin(newId, o.name(), o.ipv4(), o.ipv6(), o.port(), o.lat(), o.lon())),
                StructureFields.nameField(new ElementRef(ElementKind.ORIGIN, id), t -> e.read(t, Origin::name)),
                ElementField.named("IPv4", GENERAL).describedAs("The origin's IPv4 address; at least one of IPv4 and IPv6")
                        .reads(t -> e.read(t, Origin::ipv4)).checks((t, v) -> FieldChecks.optionalIpv4(v))
                        .applies(e.subject, e.set((o, v) -> new Origin(o.id(), o.name(), orNull(v), o.ipv6(), o.port(),
                                o.lat(), o.lon()))).build(),
                ElementField.named("IPv6", GENERAL).reads(t -> e.read(t, Origin::ipv6))
                        .checks((t, v) -> FieldChecks.optionalIpv6(v))
                        .applies(e.subject, e.set((o, v) -> new Origin(o.id(), o.name(), o.ipv4(), orNull(v), o.port(),
                                o.lat(), o.lon()))).build(),
                ElementField.named("Port", GENERAL).reads(t -> e.read(t, o -> String.valueOf(o.port())))
                        .checks((t, v) -> FieldChecks.port(v))
                        .applies(e.subject, e.set((o, v) -> new Origin(o.id(), o.name(), o.ipv4(), o.ipv6(),
                                Integer.parseInt(v.strip()), o.lat(), o.lon()))).build(),
                ElementField.named("Latitude", "Place").describedAs("Optional, for the map; -90 to 90")
                        .reads(t -> e.read(t, o -> o.lat() == null ? null : StructureFields.number(o.lat())))
                        .checks((t, v) -> FieldChecks.optionalLatitude(v))
                        .applies(e.subject, e.set((o, v) -> new Origin(o.id(), o.name(), o.ipv4(), o.ipv6(), o.port(),
                                optionalNumber(v), o.lon()))).build(),
                ElementField.named("Longitude", "Place").describedAs("Optional, for the map; -180 to 180")
                        .reads(t -> e.read(t, o -> o.lon() == null ? null : StructureFields.number(o.lon())))
                        .checks((t, v) -> FieldChecks.optionalLongitude(v))
                        .applies(e.subject, e.set((o, v) -> new Origin(o.id(), o.name(), o.ipv4(), o.ipv6(), o.port(),
                                o.lat(), optionalNumber(v)))).build());
    }

    static List<ElementField> link(String id) {
        Edits<Link> e = new Edits<>(Catalog.LINKS, id);
        String[] ends = id.split("~", 2);
        Function<Topology, List<String>> locations = t -> t.locations().stream().map(Location::id).toList();
        return List.of(
                ElementField.named("From", GENERAL).reads(t -> e.read(t, Link::from)).choices(locations)
                        .checks((t, v) -> e.free(t, v + "~" + ends[1]))
                        .applies(e.subject, e.set((l, v) -> new Link(v, l.to(), l.latencyMs())))
                        .renames(v -> new ElementRef(ElementKind.LINK, v + "~" + ends[1])).build(),
                ElementField.named("To", GENERAL).reads(t -> e.read(t, Link::to)).choices(locations)
                        .checks((t, v) -> e.free(t, ends[0] + "~" + v))
                        .applies(e.subject, e.set((l, v) -> new Link(l.from(), v, l.latencyMs())))
                        .renames(v -> new ElementRef(ElementKind.LINK, ends[0] + "~" + v)).build(),
                ElementField.named("Latency (ms)", GENERAL).describedAs("One-way latency of the backbone link")
                        .reads(t -> e.read(t, l -> StructureFields.number(l.latencyMs())))
                        .checks((t, v) -> FieldChecks.latency(v))
                        .applies(e.subject, e.set((l, v) -> new Link(l.from(), l.to(), FieldChecks.parse(v)))).build());
    }

    static List<ElementField> scenario(String id) {
        Edits<Scenario> e = new Edits<>(Catalog.SCENARIOS, id);
        return List.of(
                e.idField((s, newId) -> copy(s, newId, s.name(), s.description(), s.zone(), s.origin(),
                        s.ingressServer(), s.family(), s.expect())),
                StructureFields.nameField(new ElementRef(ElementKind.SCENARIO, id), t -> e.read(t, Scenario::name)),
                ElementField.named("Description", GENERAL).reads(t -> e.read(t, Scenario::description))
                        .applies(e.subject, e.set((s, v) -> copy(s, s.id(), s.name(), orNull(v), s.zone(), s.origin(),
                                s.ingressServer(), s.family(), s.expect()))).build(),
                ElementField.named("Zone", REQUEST).reads(t -> e.read(t, Scenario::zone))
                        .choices(t -> t.zones().stream().map(Zone::id).toList())
                        .applies(e.subject, e.set((s, v) -> copy(s, s.id(), s.name(), s.description(), v, s.origin(),
                                s.ingressServer(), s.family(), s.expect()))).build(),
                ElementField.named("Origin", REQUEST).reads(t -> e.read(t, Scenario::origin))
                        .choices(t -> t.origins().stream().map(Origin::id).toList())
                        .applies(e.subject, e.set((s, v) -> copy(s, s.id(), s.name(), s.description(), s.zone(), v,
                                s.ingressServer(), s.family(), s.expect()))).build(),
                ElementField.named("Ingress server", REQUEST).describedAs("The server the request lands on")
                        .reads(t -> e.read(t, Scenario::ingressServer))
                        .checks((t, v) -> t.index().server(v.strip()).isPresent() ? Optional.empty()
                                : Optional.of("No server has the id " + v.strip()))
                        .applies(e.subject, e.set((s, v) -> copy(s, s.id(), s.name(), s.description(), s.zone(),
                                s.origin(), v.strip(), s.family(), s.expect()))).build(),
                ElementField.named("Family", REQUEST).describedAs("none: IPv4 when the origin has an IPv4 address")
                        .reads(t -> e.read(t, s -> s.family() == null ? NONE : s.family().json()))
                        .choices(t -> withNone(Arrays.stream(Family.values()).map(Family::json)))
                        .applies(e.subject, e.set((s, v) -> copy(s, s.id(), s.name(), s.description(), s.zone(),
                                s.origin(), s.ingressServer(), Family.fromJson(v), s.expect()))).build(),
                ElementField.named("Expected tier", REQUEST).describedAs("The tier this request should reach, checked by tests")
                        .reads(t -> e.read(t, s -> s.expect() == null ? NONE : s.expect()))
                        .choices(t -> withNone(Arrays.stream(Tier.values()).map(Tier::name)))
                        .applies(e.subject, e.set((s, v) -> copy(s, s.id(), s.name(), s.description(), s.zone(),
                                s.origin(), s.ingressServer(), s.family(), orNull(v)))).build());
    }

    private static Scenario copy(Scenario s, String id, String name, String description, String zone, String origin,
                                 String ingress, Family family, String expect) {
        return new Scenario(id, name, description, zone, origin, ingress, family, expect);
    }

    private static List<String> withNone(Stream<String> values) {
        List<String> all = new ArrayList<>();
        all.add(NONE);
        values.forEach(all::add);
        return all;
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() || text.equals(NONE) ? null : text.strip();
    }

    private static Double optionalNumber(String text) {
        return text.isBlank() ? null : FieldChecks.parse(text);
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Reading and updating one catalog entry by id. */
    private static final class Edits<T> {
        private final Catalog<T> catalog;
        private final String id;
        private final String subject;

        Edits(Catalog<T> catalog, String id) {
            this.catalog = catalog;
            this.id = id;
            this.subject = catalog.kind().noun() + " " + id;
        }

        String read(Topology t, Function<T, String> value) {
            return catalog.find(t, id).map(value).orElse("");
        }

        BiFunction<Topology, String, Topology> set(BiFunction<T, String, T> change) {
            return (t, text) -> CatalogEdits.update(t, catalog, id, entry -> change.apply(entry, text));
        }

        Optional<String> free(Topology t, String newId) {
            return newId.equals(id) || !catalog.contains(t, newId) ? Optional.empty()
                    : Optional.of("Another " + catalog.kind().noun() + " already connects these locations");
        }

        ElementField idField(BiFunction<T, String, T> withId) {
            return ElementField.named("Id", GENERAL).describedAs("Unique among " + catalog.kind().noun()
                            + "s; references follow a change")
                    .reads(t -> id)
                    .checks((t, v) -> v.strip().equals(id) ? Optional.empty() : FieldChecks.id(v, catalog.kind().noun(),
                            newId -> catalog.contains(t, newId)))
                    .applies(subject, set((entry, v) -> withId.apply(entry, v.strip())))
                    .renames(v -> new ElementRef(catalog.kind(), v.strip()))
                    .build();
        }
    }
}
