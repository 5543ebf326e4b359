package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.DataCenterPlace;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Who contains whom on the canvas, as the edits ask it: the topology's own index ({@link Topology#index()}),
 * which every version with the same ids shares, read in the words of frames and their contents.
 */
final class Hierarchy {

    private final TopologyIndex index;

    Hierarchy(Topology topology) {
        this.index = topology.index();
    }

    Topology topology() {
        return index.topology();
    }

    Optional<Location> location(String id) {
        return index.location(id);
    }

    Optional<DataCenter> dataCenter(String id) {
        return index.dataCenter(id).map(DataCenterPlace::dataCenter);
    }

    Optional<Server> server(String id) {
        return index.server(id).map(ServerPlace::server);
    }

    /** Whether the element is a location, data center or server of the topology. */
    boolean exists(ElementRef ref) {
        return switch (ref.kind()) {
            case LOCATION, DATA_CENTER, SERVER -> index.contains(ref);
            default -> false;
        };
    }

    /** The frame that contains an element on the canvas, or empty for a location (or an unknown element). */
    Optional<ElementRef> parent(ElementRef ref) {
        return index.parent(ref);
    }

    Location locationOf(String dataCenterId) {
        return index.dataCenter(dataCenterId).map(DataCenterPlace::location).orElse(null);
    }

    /** The ids of everything drawn inside a frame, innermost last. */
    List<String> descendants(ElementRef ref) {
        List<String> ids = new ArrayList<>();
        forEachDescendant(ref, ids::add);
        return ids;
    }

    void forEachDescendant(ElementRef ref, Consumer<String> action) {
        if (ref.kind() == ElementKind.LOCATION || ref.kind() == ElementKind.DATA_CENTER) {
            index.forEachDescendant(ref, action);
        }
    }
}
