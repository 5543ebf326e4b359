package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Who contains whom in one topology: frames by id, and each element's parent. Frames are indexed at once;
 * servers only as far as asked ({@link #knowServers}), because a drag step moves a few servers of a
 * topology that can hold 100,000 and indexing all of them would cost more than the move.
 */
final class Hierarchy {

    private final Topology topology;
    private final Map<String, Location> locations = new HashMap<>();
    private final Map<String, DataCenter> dataCenters = new HashMap<>();
    private final Map<String, Location> dataCenterParents = new HashMap<>();
    private final Map<String, DataCenter> serverParents = new HashMap<>();
    private boolean allServersKnown;

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
        DataCenter parent = serverParent(id);
        return parent == null ? Optional.empty() : parent.servers().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    boolean exists(ElementRef ref) {
        return switch (ref.kind()) {
            case LOCATION -> locations.containsKey(ref.id());
            case DATA_CENTER -> dataCenters.containsKey(ref.id());
            case SERVER -> serverParent(ref.id()) != null;
            default -> false;
        };
    }

    /** The frame that contains an element on the canvas, or empty for a location (or an unknown element). */
    Optional<ElementRef> parent(ElementRef ref) {
        return switch (ref.kind()) {
            case DATA_CENTER -> Optional.ofNullable(dataCenterParents.get(ref.id())).map(l -> ElementRef.location(l.id()));
            case SERVER -> Optional.ofNullable(serverParent(ref.id())).map(d -> ElementRef.dataCenter(d.id()));
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

    /** Finds the data centers of the servers among {@code refs} in one pass, so later questions about them are cheap. */
    void knowServers(Collection<ElementRef> refs) {
        Set<String> wanted = new HashSet<>();
        for (ElementRef r : refs) {
            if (r.kind() == ElementKind.SERVER && !serverParents.containsKey(r.id())) {
                wanted.add(r.id());
            }
        }
        if (wanted.isEmpty() || allServersKnown) {
            return;
        }
        for (Location l : topology.locations()) {
            for (DataCenter d : l.dataCenters()) {
                for (Server s : d.servers()) {
                    if (wanted.contains(s.id())) {
                        serverParents.putIfAbsent(s.id(), d);
                    }
                }
            }
        }
    }

    private Map<String, DataCenter> serverParents() {
        if (!allServersKnown) {
            for (Location l : topology.locations()) {
                for (DataCenter d : l.dataCenters()) {
                    d.servers().forEach(s -> serverParents.putIfAbsent(s.id(), d));
                }
            }
            allServersKnown = true;
        }
        return serverParents;
    }

    private DataCenter serverParent(String id) {
        DataCenter known = serverParents.get(id);
        return known != null ? known : serverParents().get(id);
    }
}
