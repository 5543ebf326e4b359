package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The elements of a topology by id, resolved once. A file with validation errors still gets one answer:
 * an element whose id repeats an earlier one of its kind is ignored together with everything inside it,
 * so every id the engine reports names exactly one element.
 */
final class Elements {

    private final List<Location> locationsInOrder = new ArrayList<>();
    private final Map<String, Location> locations = new HashMap<>();
    private final Map<String, DataCenter> dataCenters = new HashMap<>();
    private final Map<String, Location> locationOfDataCenter = new HashMap<>();
    private final List<ServerPlace> serversInOrder = new ArrayList<>();
    private final Map<String, ServerPlace> servers = new HashMap<>();
    private final Map<String, Zone> zones = new HashMap<>();
    private final Map<String, Pool> pools = new HashMap<>();
    private final List<Pool> poolsInOrder = new ArrayList<>();
    private final Map<String, Origin> origins = new HashMap<>();

    Elements(Topology topology) {
        for (Location location : topology.locations()) {
            if (locations.putIfAbsent(location.id(), location) == null) {
                locationsInOrder.add(location);
                addDataCenters(location);
            }
        }
        topology.zones().forEach(z -> zones.putIfAbsent(z.id(), z));
        for (Pool pool : topology.pools()) {
            if (pools.putIfAbsent(pool.id(), pool) == null) {
                poolsInOrder.add(pool);
            }
        }
        topology.origins().forEach(o -> origins.putIfAbsent(o.id(), o));
    }

    private void addDataCenters(Location location) {
        for (DataCenter dataCenter : location.dataCenters()) {
            if (dataCenters.putIfAbsent(dataCenter.id(), dataCenter) != null) {
                continue;
            }
            locationOfDataCenter.put(dataCenter.id(), location);
            for (Server server : dataCenter.servers()) {
                ServerPlace place = new ServerPlace(location, dataCenter, server);
                if (servers.putIfAbsent(server.id(), place) == null) {
                    serversInOrder.add(place);
                }
            }
        }
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
        return poolsInOrder;
    }

    Location location(String id) {
        return locations.get(id);
    }

    DataCenter dataCenter(String id) {
        return dataCenters.get(id);
    }

    Location locationOfDataCenter(String dataCenterId) {
        return locationOfDataCenter.get(dataCenterId);
    }

    ServerPlace server(String id) {
        return servers.get(id);
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
