package dev.aegisplanner.model.topology;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Which element a JSON pointer into a topology file points into. */
final class PointerTargets {

    private PointerTargets() {
    }

    static Optional<ElementRef> elementAt(TopologyIndex index, String pointer) {
        Topology topology = index.topology();
        String[] parts = pointer.split("/");
        // parts[0] is "" because pointers start with "/".
        if (parts.length < 3) {
            return Optional.empty();
        }
        if (parts[1].equals("layout")) {
            return layoutEntry(index, parts[2].replace("~1", "/").replace("~0", "~"));
        }
        try {
            int i = Integer.parseInt(parts[2]);
            return switch (parts[1]) {
                case "locations" -> i < topology.locations().size()
                        ? Optional.of(inLocation(topology.locations().get(i), parts)) : Optional.empty();
                case "links" -> entry(topology.links(), i, ElementRef::link);
                case "pools" -> entry(topology.pools(), i, p -> new ElementRef(ElementKind.POOL, p.id()));
                case "zones" -> entry(topology.zones(), i, z -> new ElementRef(ElementKind.ZONE, z.id()));
                case "origins" -> entry(topology.origins(), i, o -> new ElementRef(ElementKind.ORIGIN, o.id()));
                case "scenarios" -> entry(topology.scenarios(), i, s -> new ElementRef(ElementKind.SCENARIO, s.id()));
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ElementRef inLocation(Location l, String[] parts) {
        if (parts.length < 5 || !parts[3].equals("dataCenters")) {
            return ElementRef.location(l.id());
        }
        int di = Integer.parseInt(parts[4]);
        if (di >= l.dataCenters().size()) {
            return ElementRef.location(l.id());
        }
        DataCenter d = l.dataCenters().get(di);
        if (parts.length >= 7 && parts[5].equals("servers")) {
            int si = Integer.parseInt(parts[6]);
            if (si < d.servers().size()) {
                return ElementRef.server(d.servers().get(si).id());
            }
        }
        return ElementRef.dataCenter(d.id());
    }

    private static <T> Optional<ElementRef> entry(List<T> list, int i, Function<T, ElementRef> ref) {
        return i < list.size() ? Optional.of(ref.apply(list.get(i))) : Optional.empty();
    }

    private static Optional<ElementRef> layoutEntry(TopologyIndex index, String id) {
        for (ElementRef ref : List.of(ElementRef.server(id), ElementRef.dataCenter(id), ElementRef.location(id))) {
            if (index.contains(ref)) {
                return Optional.of(ref);
            }
        }
        return Optional.empty();
    }
}
