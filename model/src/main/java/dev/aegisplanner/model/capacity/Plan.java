package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The demand units of an analysis with what routing needs to know of their zones. */
final class Plan {

    private final List<DemandUnit> units;
    private final Map<String, Zone> zones = new HashMap<>();
    private final RouteTable.RoutingKey[] keys;

    Plan(Topology topology, List<DemandUnit> units) {
        this.units = units;
        topology.zones().forEach(z -> zones.putIfAbsent(z.id(), z));
        keys = new RouteTable.RoutingKey[units.size()];
        for (DemandUnit unit : units) {
            keys[unit.index()] = RouteTable.RoutingKey.of(zones.get(unit.zone()), unit.family());
        }
    }

    List<DemandUnit> units() {
        return units;
    }

    RouteTable.RoutingKey key(DemandUnit unit) {
        return keys[unit.index()];
    }

    /** The zone's pool, or {@code null} when it has none. */
    String poolOf(DemandUnit unit) {
        return zones.get(unit.zone()).pool();
    }

    Map<String, String> poolOfZone() {
        Map<String, String> pools = new HashMap<>();
        zones.forEach((id, zone) -> pools.put(id, zone.pool()));
        return pools;
    }
}
