package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.DataCenterPlace;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The elements of a topology by id, as the engine reads them: the topology's own index for the tree, small maps
 * for the catalogs. A file with validation errors still gets one answer: an element whose id repeats an earlier
 * one of its kind is ignored together with everything inside it ({@link TopologyIndex#withoutRepeats}), so every
 * id the engine reports names exactly one element.
 */
final class Elements {

    private final TopologyIndex index;
    private final List<Location> locationsInOrder;
    private final List<ServerPlace> serversInOrder;
    private final Map<String, Zone> zones = new HashMap<>();
    private final Map<String, Pool> pools = new LinkedHashMap<>();
    private final Map<String, Origin> origins = new HashMap<>();

    Elements(Topology topology) {
        index = topology.index().withoutRepeats();
        Map<String, Location> firstLocations = new LinkedHashMap<>();
        topology.locations().forEach(l -> firstLocations.putIfAbsent(l.id(), l));
        locationsInOrder = List.copyOf(firstLocations.values());
        // Places are made once here: the cascade and coverage walk them for every request.
        serversInOrder = new ArrayList<>(index.servers());
        topology.zones().forEach(z -> zones.putIfAbsent(z.id(), z));
        topology.pools().forEach(p -> pools.putIfAbsent(p.id(), p));
        topology.origins().forEach(o -> origins.putIfAbsent(o.id(), o));
    }

    /** The locations in file order, duplicates left out. */
    List<Location> locations() {
        return locationsInOrder;
    }

    /** The servers in file order with their data center and location, duplicates left out. */
    List<ServerPlace> servers() {
        return serversInOrder;
    }

    /** The pools in file order, duplicates left out. */
    List<Pool> pools() {
        return List.copyOf(pools.values());
    }

    Location location(String id) {
        return index.location(id).orElse(null);
    }

    DataCenter dataCenter(String id) {
        return index.dataCenter(id).map(DataCenterPlace::dataCenter).orElse(null);
    }

    Location locationOfDataCenter(String dataCenterId) {
        return index.dataCenter(dataCenterId).map(DataCenterPlace::location).orElse(null);
    }

    /** The server's index in {@link #servers()}, or -1. */
    int serverOrdinal(String id) {
        return index.serverOrdinal(id);
    }

    ServerPlace server(String id) {
        int ordinal = index.serverOrdinal(id);
        return ordinal < 0 ? null : serversInOrder.get(ordinal);
    }

    Optional<Zone> zone(String id) {
        return Optional.ofNullable(zones.get(id));
    }

    Optional<Pool> pool(String id) {
        return Optional.ofNullable(pools.get(id));
    }

    Optional<Origin> origin(String id) {
        return Optional.ofNullable(origins.get(id));
    }
}
