package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.FieldOwner;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the objects that hold fields the format does not know are: from an owner to its JSON pointer and the
 * words a message names it with, and from a pointer back to its owner. The first element with an id is the
 * owner's place, as it is the one the writer gives the fields to.
 */
public final class FieldOwners {

    /** Where an owner is, and how a sentence names it: "zone shop.example.com", "the layout of FRA". */
    public record Place(String pointer, String subject) {
    }

    private FieldOwners() {
    }

    /** The place of every owner of {@code wanted} that is in the topology; owners of deleted elements have none. */
    public static Map<FieldOwner, Place> places(Topology t, Set<FieldOwner> wanted) {
        Set<String> parts = wanted.stream().map(FieldOwner::part).collect(Collectors.toSet());
        Map<FieldOwner, Place> places = new HashMap<>();
        if (parts.contains(FieldOwner.TOPOLOGY)) {
            places.put(FieldOwner.topology(), new Place("", "the topology"));
        }
        if (parts.contains(ElementKind.LOCATION.name()) || parts.contains(ElementKind.DATA_CENTER.name())
                || parts.contains(ElementKind.SERVER.name())) {
            placeSites(t, wanted, places);
        }
        if (parts.contains(ElementKind.LINK.name())) {
            for (int i = 0; i < t.links().size(); i++) {
                var link = t.links().get(i);
                places.putIfAbsent(FieldOwner.of(ElementRef.link(link)), new Place(Places.of("links", i),
                        "the link from " + link.from() + " to " + link.to()));
            }
        }
        placeCatalog(t.pools(), ElementKind.POOL, "pools", p -> p.id(), parts, places);
        placeCatalog(t.zones(), ElementKind.ZONE, "zones", z -> z.id(), parts, places);
        placeCatalog(t.origins(), ElementKind.ORIGIN, "origins", o -> o.id(), parts, places);
        placeCatalog(t.scenarios(), ElementKind.SCENARIO, "scenarios", s -> s.id(), parts, places);
        for (FieldOwner owner : wanted) {
            if (owner.part().equals(FieldOwner.LAYOUT) && t.layout().containsKey(owner.id())) {
                places.put(owner, new Place(Pointers.child("/layout", owner.id()), "the layout of " + owner.id()));
            }
        }
        if (parts.contains(FieldOwner.DEMAND)) {
            for (int i = 0; i < t.demand().size(); i++) {
                places.putIfAbsent(FieldOwner.demand(t.demand().get(i)), new Place(Places.of("demand", i),
                        "demand entry " + i));
            }
        }
        places.keySet().retainAll(wanted);
        return places;
    }

    private static void placeSites(Topology t, Set<FieldOwner> wanted, Map<FieldOwner, Place> places) {
        List<Location> locations = t.locations();
        for (int li = 0; li < locations.size(); li++) {
            Location location = locations.get(li);
            places.putIfAbsent(new FieldOwner(ElementKind.LOCATION.name(), location.id()),
                    new Place(Places.location(li), "location " + location.id()));
            for (int di = 0; di < location.dataCenters().size(); di++) {
                DataCenter dc = location.dataCenters().get(di);
                places.putIfAbsent(new FieldOwner(ElementKind.DATA_CENTER.name(), dc.id()),
                        new Place(Places.dataCenter(li, di), "data center " + dc.id()));
                for (int si = 0; si < dc.servers().size(); si++) {
                    FieldOwner server = new FieldOwner(ElementKind.SERVER.name(), dc.servers().get(si).id());
                    if (wanted.contains(server)) {
                        places.putIfAbsent(server, new Place(Places.server(li, di, si), "server " + server.id()));
                    }
                }
            }
        }
    }

    private static <T> void placeCatalog(List<T> entries, ElementKind kind, String list, Function<T, String> id,
                                         Set<String> parts, Map<FieldOwner, Place> places) {
        if (!parts.contains(kind.name())) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            String entryId = id.apply(entries.get(i));
            places.putIfAbsent(new FieldOwner(kind.name(), entryId), new Place(Places.of(list, i),
                    kind.noun() + " " + entryId));
        }
    }

    /** The object at a pointer into the topology (the pointer of an element, a layout box, a demand entry). */
    public static Optional<FieldOwner> at(Topology t, String pointer) {
        List<String> s = Pointers.segments(pointer);
        if (s.isEmpty()) {
            return Optional.of(FieldOwner.topology());
        }
        try {
            return Optional.ofNullable(switch (s.get(0)) {
                case "locations" -> site(t, s);
                case "links" -> s.size() == 2 ? FieldOwner.of(ElementRef.link(t.links().get(index(s, 1)))) : null;
                case "pools" -> s.size() == 2 ? owner(ElementKind.POOL, t.pools().get(index(s, 1)).id()) : null;
                case "zones" -> s.size() == 2 ? owner(ElementKind.ZONE, t.zones().get(index(s, 1)).id()) : null;
                case "origins" -> s.size() == 2 ? owner(ElementKind.ORIGIN, t.origins().get(index(s, 1)).id()) : null;
                case "scenarios" -> s.size() == 2
                        ? owner(ElementKind.SCENARIO, t.scenarios().get(index(s, 1)).id()) : null;
                case "layout" -> s.size() == 2 && t.layout().containsKey(s.get(1)) ? FieldOwner.layout(s.get(1)) : null;
                case "demand" -> s.size() == 2 ? FieldOwner.demand(t.demand().get(index(s, 1))) : null;
                default -> null;
            });
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static FieldOwner site(Topology t, List<String> s) {
        Location location = t.locations().get(index(s, 1));
        if (s.size() == 2) {
            return owner(ElementKind.LOCATION, location.id());
        }
        if (s.size() < 4 || !s.get(2).equals("dataCenters")) {
            return null;
        }
        DataCenter dc = location.dataCenters().get(index(s, 3));
        if (s.size() == 4) {
            return owner(ElementKind.DATA_CENTER, dc.id());
        }
        return s.size() == 6 && s.get(4).equals("servers")
                ? owner(ElementKind.SERVER, dc.servers().get(index(s, 5)).id()) : null;
    }

    private static int index(List<String> segments, int i) {
        return Integer.parseInt(segments.get(i));
    }

    private static FieldOwner owner(ElementKind kind, String id) {
        return new FieldOwner(kind.name(), id);
    }
}
