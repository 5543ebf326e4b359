package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.FieldOwner;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Pointers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The object of a file that owns some unknown fields, alone in a topology of its own (inside a stand-in
 * location and data center when it needs them), with where it is in that topology's text, how to put the
 * same object read back in place of the original, and what names it once read back.
 */
final class OwnedObject {

    private final Topology alone;
    private final String pointer;
    private final BiFunction<Topology, Topology, Topology> replace;
    private final Function<Topology, FieldOwner> owner;

    private OwnedObject(Topology alone, String pointer, BiFunction<Topology, Topology, Topology> replace,
                        Function<Topology, FieldOwner> owner) {
        this.alone = alone;
        this.pointer = pointer;
        this.replace = replace;
        this.owner = owner;
    }

    Topology alone() {
        return alone;
    }

    String pointer() {
        return pointer;
    }

    /** The topology with the object read back from {@code readAlone} in place of the original. */
    Topology replace(Topology topology, Topology readAlone) {
        return replace.apply(topology, readAlone);
    }

    FieldOwner ownerIn(Topology readAlone) {
        return owner.apply(readAlone);
    }

    /**
     * The owner's object, for renaming a field to {@code target} (for the topology itself, only that part is
     * written), or empty when the object is not in the topology.
     */
    static Optional<OwnedObject> of(Topology t, FieldOwner owner, String target) {
        Topology empty = Topology.empty(null);
        String id = owner.id();
        return switch (owner.part()) {
            case FieldOwner.TOPOLOGY -> Optional.of(new OwnedObject(TopologyParts.only(t, target), "",
                    (topology, read) -> TopologyParts.copy(topology, read, target), read -> FieldOwner.topology()));
            case FieldOwner.LAYOUT -> Optional.ofNullable(t.layout().get(id)).map(box -> new OwnedObject(
                    empty.withLayout(Map.of(id, box)), Pointers.child("/layout", id),
                    (topology, read) -> topology.withLayout(replaced(topology.layout(), id, read.layout().get(id))),
                    read -> owner));
            case FieldOwner.DEMAND -> t.demand().stream().filter(d -> FieldOwner.demand(d).equals(owner)).findFirst()
                    .map(entry -> new OwnedObject(empty.withDemand(List.of(entry)), "/demand/0",
                            (topology, read) -> topology.withDemand(first(topology.demand(), d -> d == entry,
                                    read.demand().get(0))), read -> FieldOwner.demand(read.demand().get(0))));
            default -> element(t, ElementKind.valueOf(owner.part()), id, owner);
        };
    }

    private static Optional<OwnedObject> element(Topology t, ElementKind kind, String id, FieldOwner owner) {
        Topology empty = Topology.empty(null);
        Function<Topology, FieldOwner> same = read -> owner;
        return switch (kind) {
            case LOCATION -> t.location(id).map(l -> new OwnedObject(empty.withLocations(List.of(l)), "/locations/0",
                    (topology, read) -> TreeRewrite.location(topology, id, x -> read.locations().get(0)), same));
            case DATA_CENTER -> t.dataCenters().filter(d -> d.id().equals(id)).findFirst().map(d -> new OwnedObject(
                    empty.withLocations(List.of(standIn(d))), "/locations/0/dataCenters/0",
                    (topology, read) -> TreeRewrite.dataCenter(topology, id,
                            x -> read.locations().get(0).dataCenters().get(0)), same));
            case SERVER -> t.servers().filter(s -> s.id().equals(id)).findFirst().map(s -> new OwnedObject(
                    empty.withLocations(List.of(standIn(DataCenter.of("D", s)))), "/locations/0/dataCenters/0/servers/0",
                    (topology, read) -> TreeRewrite.server(topology, id,
                            x -> read.locations().get(0).dataCenters().get(0).servers().get(0)), same));
            case LINK -> t.links().stream().filter(l -> ElementRef.link(l).id().equals(id)).findFirst().map(link ->
                    new OwnedObject(empty.withLinks(List.of(link)), "/links/0",
                            (topology, read) -> topology.withLinks(first(topology.links(), l -> l == link,
                                    read.links().get(0))), read -> FieldOwner.of(ElementRef.link(read.links().get(0)))));
            case POOL -> t.pool(id).map(p -> new OwnedObject(empty.withPools(List.of(p)), "/pools/0",
                    (topology, read) -> topology.withPools(first(topology.pools(), x -> x.id().equals(id),
                            read.pools().get(0))), same));
            case ZONE -> t.zone(id).map(z -> new OwnedObject(empty.withZones(List.of(z)), "/zones/0",
                    (topology, read) -> topology.withZones(first(topology.zones(), x -> x.id().equals(id),
                            read.zones().get(0))), same));
            case ORIGIN -> t.origin(id).map(o -> new OwnedObject(empty.withOrigins(List.of(o)), "/origins/0",
                    (topology, read) -> topology.withOrigins(first(topology.origins(), x -> x.id().equals(id),
                            read.origins().get(0))), same));
            case SCENARIO -> t.scenario(id).map(s -> new OwnedObject(empty.withScenarios(List.of(s)), "/scenarios/0",
                    (topology, read) -> topology.withScenarios(first(topology.scenarios(), x -> x.id().equals(id),
                            read.scenarios().get(0))), same));
        };
    }

    /** A location that exists only to hold a data center while it is written and read alone. */
    private static Location standIn(DataCenter dataCenter) {
        return new Location("L", null, null, 0, 0, Status.UP, List.of(dataCenter));
    }

    private static <T> List<T> first(List<T> list, java.util.function.Predicate<T> which, T replacement) {
        int i = 0;
        while (i < list.size() && !which.test(list.get(i))) {
            i++;
        }
        if (i == list.size()) {
            return list;
        }
        List<T> copy = new java.util.ArrayList<>(list);
        copy.set(i, Objects.requireNonNull(replacement));
        return copy;
    }

    private static Map<String, LayoutBox> replaced(Map<String, LayoutBox> layout, String key, LayoutBox box) {
        Map<String, LayoutBox> copy = new LinkedHashMap<>(layout);
        copy.replace(key, Objects.requireNonNull(box));
        return copy;
    }
}
