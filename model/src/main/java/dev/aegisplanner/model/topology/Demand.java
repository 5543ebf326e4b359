package dev.aegisplanner.model.topology;

import java.util.Objects;

/**
 * Peak concurrent connections to an origin from requests of one zone that land in a location or a data
 * center (PRODUCT.md section 7). Exactly one of {@code location} and {@code dataCenter} is set in a valid
 * file; a file read best effort may break that, and validation says so.
 *
 * @param connections peak concurrent connections after connection reuse and coalescing; finite, at least 0
 * @param family {@code null} when the entry does not say, which means IPv4
 */
public record Demand(String zone, String origin, String location, String dataCenter, double connections,
                     Family family) {

    public static Demand inLocation(String zone, String origin, String location, double connections) {
        return new Demand(zone, origin, location, null, connections, null);
    }

    public static Demand inDataCenter(String zone, String origin, String dataCenter, double connections) {
        return new Demand(zone, origin, null, dataCenter, connections, null);
    }

    /** The family the entry is for: IPv4 unless it says IPv6. */
    public Family effectiveFamily() {
        return family == null ? Family.IPV4 : family;
    }

    /**
     * What identifies the traffic an entry describes: entries with the same key add up. Two entries that differ
     * only in writing the default family or leaving it out have the same key.
     */
    public String key() {
        return Objects.toString(zone) + '|' + Objects.toString(origin) + '|' + Objects.toString(location) + '|'
                + Objects.toString(dataCenter) + '|' + effectiveFamily().json();
    }

    public Demand withConnections(double newConnections) {
        return new Demand(zone, origin, location, dataCenter, newConnections, family);
    }
}
