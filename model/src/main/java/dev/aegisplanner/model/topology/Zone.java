package dev.aegisplanner.model.topology;

import java.util.List;
import java.util.Objects;

/**
 * A zone (hostname) and its dedicated egress pool.
 *
 * @param pool the pool's id, or {@code null} when the zone has no dedicated egress
 * @param regions the location regions the zone may egress from; empty means anywhere
 */
public record Zone(String id, String pool, List<String> regions) {

    public Zone {
        Objects.requireNonNull(id, "id");
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    public boolean hasPool() {
        return pool != null;
    }

    public boolean allowsRegion(String region) {
        return regions.isEmpty() || (region != null && regions.contains(region));
    }
}
