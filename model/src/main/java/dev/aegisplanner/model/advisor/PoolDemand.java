package dev.aegisplanner.model.advisor;

import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demand a placement of pool {@code pool} answers for: IPv4 entries of the zones that use the pool (section 8).
 * IPv6 demand egresses everywhere and other pools' demand never touches these addresses, so neither plays a part.
 * Capacity is counted per origin IPv4:port ({@link #originAddresses}); when two origins share an address and port
 * the first with coordinates stands for both in the origin latency.
 */
final class PoolDemand {

    private final List<Zone> zones;
    private final List<Demand> entries;
    private final Map<String, Origin> originOfAddress = new LinkedHashMap<>();

    PoolDemand(Topology topology, String pool) {
        this.zones = topology.zones().stream().filter(z -> pool.equals(z.pool())).toList();
        Set<String> zoneIds = zones.stream().map(Zone::id).collect(Collectors.toSet());
        this.entries = topology.demand().stream()
                .filter(d -> zoneIds.contains(d.zone()) && d.effectiveFamily() == Family.IPV4).toList();
        Map<String, Origin> origins = new HashMap<>();
        topology.origins().forEach(o -> origins.putIfAbsent(o.id(), o));
        for (Demand entry : entries) {
            Origin origin = origins.get(entry.origin());
            if (origin != null && origin.ipv4() != null) {
                originOfAddress.merge(address(origin), origin,
                        (first, other) -> first.hasCoordinates() || !other.hasCoordinates() ? first : other);
            }
        }
    }

    static String address(Origin origin) {
        return origin.ipv4() + ":" + origin.port();
    }

    List<Zone> zones() {
        return zones;
    }

    List<Demand> entries() {
        return entries;
    }

    /** The origin IPv4:port the demand goes to, in first-seen order: the capacity groups of the model. */
    List<String> originAddresses() {
        return List.copyOf(originOfAddress.keySet());
    }

    /** The origin whose coordinates stand for an origin IPv4:port. */
    Origin origin(String originAddress) {
        return originOfAddress.get(originAddress);
    }
}
