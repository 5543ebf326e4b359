package dev.aegisplanner.app.editor.properties;

import dev.aegisplanner.model.text.Counts;
import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.edit.StructureEdits;
import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.DataCenterPlace;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The properties of locations, data centers and servers. */
final class StructureFields {

    static final String GENERAL = "General";
    static final String PLACE = "Place";
    static final String CAPACITY = "Capacity shares";
    private static final List<String> STATUSES = List.of(Status.UP.json(), Status.DOWN.json());

    private StructureFields() {
    }

    static List<ElementField> location(String id) {
        Function<Topology, Optional<Location>> location = t -> t.location(id);
        String subject = "location " + id;
        return List.of(
                idField(ElementRef.location(id)),
                nameField(ElementRef.location(id), t -> location.apply(t).map(Location::name).orElse(null)),
                statusField(ElementRef.location(id), t -> location.apply(t).map(l -> l.status().json()).orElse("")),
                ElementField.named("Region", PLACE).prompt("none")
                        .describedAs("Zones restricted to regions egress only from locations of those regions")
                        .reads(t -> location.apply(t).map(Location::region).orElse(null))
                        .applies(subject, (t, text) -> PropertyEdits.setRegion(t, id, text)).build(),
                ElementField.named("Latitude", PLACE).describedAs("Degrees north, -90 to 90")
                        .reads(t -> location.apply(t).map(l -> number(l.lat())).orElse(""))
                        .checks((t, text) -> FieldChecks.latitude(text))
                        .applies(subject, (t, text) -> PropertyEdits.setLatitude(t, id, FieldChecks.parse(text))).build(),
                ElementField.named("Longitude", PLACE).describedAs("Degrees east, -180 to 180")
                        .reads(t -> location.apply(t).map(l -> number(l.lon())).orElse(""))
                        .checks((t, text) -> FieldChecks.longitude(text))
                        .applies(subject, (t, text) -> PropertyEdits.setLongitude(t, id, FieldChecks.parse(text))).build(),
                ElementField.named("Contents", GENERAL)
                        .reads(t -> location.apply(t).map(StructureFields::contents).orElse("")).build());
    }

    static List<ElementField> dataCenter(String id, Topology topology) {
        ElementRef ref = ElementRef.dataCenter(id);
        Function<Topology, Optional<DataCenter>> dataCenter =
                t -> t.index().dataCenter(id).map(DataCenterPlace::dataCenter);
        List<ElementField> fields = new ArrayList<>(List.of(
                idField(ref),
                nameField(ref, t -> dataCenter.apply(t).map(DataCenter::name).orElse(null)),
                statusField(ref, t -> dataCenter.apply(t).map(d -> d.status().json()).orElse("")),
                ElementField.named("Location", PLACE)
                        .reads(t -> t.index().dataCenter(id).map(p -> p.location().id()).orElse("")).build(),
                ElementField.named("Servers", GENERAL)
                        .reads(t -> dataCenter.apply(t).map(d -> String.valueOf(d.servers().size())).orElse("")).build()));
        dataCenter.apply(topology).ifPresent(d -> {
            for (String address : sharedAddresses(d)) {
                fields.add(ElementField.named(address, CAPACITY)
                        .describedAs("Share of " + address + "'s capacity given to this data center; empty splits evenly")
                        .prompt("split evenly")
                        .reads(t -> dataCenter.apply(t).map(x -> x.ipCapacity().get(address)).map(StructureFields::number)
                                .orElse(""))
                        .checks((t, text) -> FieldChecks.share(text))
                        .applies("data center " + id, (t, text) -> PropertyEdits.setCapacityShare(t, id, address,
                                text.isBlank() ? null : FieldChecks.parse(text)))
                        .build());
            }
        });
        return fields;
    }

    static List<ElementField> server(String id) {
        ElementRef ref = ElementRef.server(id);
        Function<Topology, Optional<ServerPlace>> place = t -> t.index().server(id);
        return List.of(
                idField(ref),
                nameField(ref, t -> place.apply(t).map(p -> p.server().name()).orElse(null)),
                statusField(ref, t -> place.apply(t).map(p -> p.server().status().json()).orElse("")),
                ElementField.named("Data center", PLACE)
                        .reads(t -> place.apply(t).map(p -> p.dataCenter().id() + " in " + p.location().id()).orElse(""))
                        .build(),
                ElementField.named("Egress IPs", GENERAL).describedAs("Tick addresses below, or drop them from Pools").prompt("none")
                        .reads(t -> place.apply(t).map(p -> String.join(", ", p.server().egressIps())).orElse(""))
                        .build());
    }

    /** Status of several elements at once: empty while they differ. */
    static ElementField statusOfAll(List<ElementRef> refs) {
        return ElementField.named("Status", GENERAL).describedAs("Down elements hold no usable IP")
                .reads(t -> {
                    TopologyIndex lookup = t.index();
                    Set<String> statuses = new LinkedHashSet<>();
                    for (ElementRef r : refs) {
                        statuses.add(statusOf(lookup, r));
                        if (statuses.size() > 1) {
                            return "";
                        }
                    }
                    return statuses.size() == 1 ? statuses.iterator().next() : "";
                })
                .choices(t -> STATUSES)
                .applies(refs.size() + " elements", (t, text) -> PropertyEdits.setStatus(t, refs, Status.fromJson(text)))
                .build();
    }

    private static String statusOf(TopologyIndex lookup, ElementRef ref) {
        return switch (ref.kind()) {
            case LOCATION -> lookup.location(ref.id()).map(l -> l.status().json()).orElse("");
            case DATA_CENTER -> lookup.dataCenter(ref.id()).map(p -> p.dataCenter().status().json()).orElse("");
            case SERVER -> lookup.server(ref.id()).map(p -> p.server().status().json()).orElse("");
            default -> "";
        };
    }

    /** The id; links, layout and scenarios follow a change. */
    private static ElementField idField(ElementRef ref) {
        String noun = ref.kind().noun();
        return ElementField.named("Id", GENERAL)
                .describedAs("Unique among " + noun + "s; links, layout and scenarios follow a change")
                .reads(t -> ref.id())
                .checks((t, v) -> v.strip().equals(ref.id()) ? Optional.empty()
                        : FieldChecks.id(v, noun, newId -> taken(t.index(), ref.kind(), newId)))
                .applies(ref.toString(), (t, v) -> StructureEdits.changeId(t, ref, v.strip()))
                .renames(v -> new ElementRef(ref.kind(), v.strip()))
                .build();
    }

    private static boolean taken(TopologyIndex lookup, ElementKind kind, String id) {
        return switch (kind) {
            case LOCATION -> lookup.location(id).isPresent();
            case DATA_CENTER -> lookup.dataCenter(id).isPresent();
            default -> lookup.server(id).isPresent();
        };
    }

    static ElementField nameField(ElementRef ref, Function<Topology, String> read) {
        return ElementField.named("Name", GENERAL).describedAs("Shown instead of the id; empty uses the id")
                .prompt(ref.id()).reads(read).applies(ref.toString(), (t, text) -> PropertyEdits.setName(t, ref, text)).build();
    }

    private static ElementField statusField(ElementRef ref, Function<Topology, String> read) {
        return ElementField.named("Status", GENERAL)
                .describedAs("A down " + ref.kind().noun() + " holds no usable IP, nor does anything in it")
                .reads(read).choices(t -> STATUSES)
                .applies(ref.toString(), (t, text) -> PropertyEdits.setStatus(t, ref, Status.fromJson(text))).build();
    }

    /** The IPv4 addresses a data center's capacity can be shared for: those its servers hold, and those it has shares of. */
    private static List<String> sharedAddresses(DataCenter dataCenter) {
        Set<String> addresses = new LinkedHashSet<>(dataCenter.ipCapacity().keySet());
        dataCenter.servers().forEach(s -> s.egressIps().stream()
                .filter(ip -> IpAddress.parseIpv4(ip).isPresent()).forEach(addresses::add));
        return List.copyOf(addresses);
    }

    private static String contents(Location location) {
        long servers = location.dataCenters().stream().mapToLong(d -> d.servers().size()).sum();
        return Counts.of(location.dataCenters().size(), "data center") + ", " + Counts.of(servers, "server");
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
