package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Who contains whom in one topology: frames by id, and each element's parent. Frames are indexed at once;
 * the parents of servers only when first asked, because a drag of a location frame never needs them and a
 * topology can hold 100,000 servers.
 */
final class Hierarchy {

    private final Topology topology;
    private final Map<String, Location> locations = new HashMap<>();
    private final Map<String, DataCenter> dataCenters = new HashMap<>();
    private final Map<String, Location> dataCenterParents = new HashMap<>();
    private Map<String, DataCenter> serverParents;

    Hierarchy(Topology topology) {
        this.topology = topology;
        for (Location l : topology.locations()) {
            locations.putIfAbsent(l.id(), l);
            for (DataCenter d : l.dataCenters()) {
                dataCenters.putIfAbsent(d.id(), d);
                dataCenterParents.putIfAbsent(d.id(), l);
            }
        }
    }

    Topology topology() {
        return topology;
    }

    Optional<Location> location(String id) {
        return Optional.ofNullable(locations.get(id));
    }

    Optional<DataCenter> dataCenter(String id) {
        return Optional.ofNullable(dataCenters.get(id));
    }

    Optional<Server> server(String id) {
        DataCenter parent = serverParents().get(id);
        return parent == null ? Optional.empty() : parent.servers().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    boolean exists(ElementRef ref) {
        return switch (ref.kind()) {
            case LOCATION -> locations.containsKey(ref.id());
            case DATA_CENTER -> dataCenters.containsKey(ref.id());
            case SERVER -> serverParents().containsKey(ref.id());
            default -> false;
        };
    }

    /** The frame that contains an element on the canvas, or empty for a location (or an unknown element). */
    Optional<ElementRef> parent(ElementRef ref) {
        return switch (ref.kind()) {
            case DATA_CENTER -> Optional.ofNullable(dataCenterParents.get(ref.id())).map(l -> ElementRef.location(l.id()));
            case SERVER -> Optional.ofNullable(serverParents().get(ref.id())).map(d -> ElementRef.dataCenter(d.id()));
            default -> Optional.empty();
        };
    }

    Location locationOf(String dataCenterId) {
        return dataCenterParents.get(dataCenterId);
    }

    /** The frames that contain an element, innermost first: a server's data center, then its location. */
    List<ElementRef> ancestors(ElementRef ref) {
        List<ElementRef> ancestors = new ArrayList<>(2);
        for (Optional<ElementRef> p = parent(ref); p.isPresent(); p = parent(p.get())) {
            ancestors.add(p.get());
        }
        return ancestors;
    }

    /** The ids of everything drawn inside a frame, innermost last. */
    List<String> descendants(ElementRef ref) {
        List<String> ids = new ArrayList<>();
        forEachDescendant(ref, ids::add);
        return ids;
    }

    void forEachDescendant(ElementRef ref, Consumer<String> action) {
        if (ref.kind() == ElementKind.LOCATION && locations.containsKey(ref.id())) {
            for (DataCenter d : locations.get(ref.id()).dataCenters()) {
                action.accept(d.id());
                d.servers().forEach(s -> action.accept(s.id()));
            }
        } else if (ref.kind() == ElementKind.DATA_CENTER && dataCenters.containsKey(ref.id())) {
            dataCenters.get(ref.id()).servers().forEach(s -> action.accept(s.id()));
        }
    }

    private Map<String, DataCenter> serverParents() {
        if (serverParents == null) {
            serverParents = new HashMap<>();
            for (DataCenter d : dataCenters.values()) {
                d.servers().forEach(s -> serverParents.putIfAbsent(s.id(), d));
            }
        }
        return serverParents;
    }
}
