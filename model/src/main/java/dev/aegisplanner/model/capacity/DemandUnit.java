package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demand entries with the same key added up (section 7: "entries with the same keys add up"), in the order
 * their keys first appear. Entries validation rejects (unknown zone, origin or place, both or neither place,
 * a family the origin has no address for, connections that are negative or not a number) are left out: an
 * invalid topology is never analysed by the command line, and the editor shows those errors instead.
 *
 * @param originAddress the origin's address of the family and its port, {@code 203.0.113.10:443}: the
 *     origin IP:port capacity is counted per
 */
record DemandUnit(int index, String zone, String origin, Family family, String location, String dataCenter,
                  double connections, String originAddress) {

    static List<DemandUnit> of(Topology topology, List<Demand> demand, Sites sites) {
        Set<String> zones = topology.zones().stream().map(Zone::id).collect(Collectors.toSet());
        Map<String, Origin> origins = new HashMap<>();
        topology.origins().forEach(o -> origins.putIfAbsent(o.id(), o));
        Map<String, Demand> summed = new LinkedHashMap<>();
        for (Demand entry : demand) {
            if (usable(entry, zones, origins, sites)) {
                summed.merge(entry.key(), entry, (a, b) -> a.withConnections(a.connections() + b.connections()));
            }
        }
        List<DemandUnit> units = new ArrayList<>(summed.size());
        for (Demand entry : summed.values()) {
            Origin origin = origins.get(entry.origin());
            Family family = entry.effectiveFamily();
            String address = family == Family.IPV4 ? origin.ipv4() : "[" + origin.ipv6() + "]";
            units.add(new DemandUnit(units.size(), entry.zone(), entry.origin(), family, entry.location(),
                    entry.dataCenter(), entry.connections(), address + ":" + origin.port()));
        }
        return units;
    }

    private static boolean usable(Demand entry, Set<String> zones, Map<String, Origin> origins, Sites sites) {
        Origin origin = origins.get(entry.origin());
        if (!zones.contains(entry.zone()) || origin == null || !Double.isFinite(entry.connections())
                || entry.connections() < 0) {
            return false;
        }
        if ((entry.effectiveFamily() == Family.IPV4 ? origin.ipv4() : origin.ipv6()) == null) {
            return false;
        }
        if ((entry.location() == null) == (entry.dataCenter() == null)) {
            return false;
        }
        return entry.location() != null ? sites.location(entry.location()) != null
                : sites.dataCenter(entry.dataCenter()) != null;
    }

    /** The location the entry names, or the location of the data center it names. */
    String homeLocation(Sites sites) {
        return location != null ? location : sites.dataCenter(dataCenter).location();
    }
}
