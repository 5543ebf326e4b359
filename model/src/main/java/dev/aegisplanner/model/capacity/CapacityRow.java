package dev.aegisplanner.model.capacity;

import java.util.Objects;

/**
 * One row of the capacity analysis: an egress address in a data center, for one origin IPv4:port, the
 * dimensions of Cloudflare's own utilization analytics ({@code popName}, {@code egressIp}, {@code origin}).
 *
 * @param pool the pool the address belongs to
 * @param origin the origin's IPv4 address and port, {@code 203.0.113.10:443}
 * @param connections the peak concurrent connections this address carries in this data center for the origin
 * @param capacity {@code 40,000 x share}, or 0 while no up server of the data center holds the address
 * @param utilization {@code connections / capacity} as a fraction (0.5 is 50 %); 0 without load;
 *     {@link Double#POSITIVE_INFINITY} for load on addresses whose shares are all 0
 */
public record CapacityRow(String location, String dataCenter, String address, String pool, String origin,
                          double connections, double capacity, double utilization) {

    public CapacityRow {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(dataCenter, "dataCenter");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(origin, "origin");
    }

    public RowStatus status() {
        return RowStatus.of(utilization);
    }

    /** Connections the address can still take here before it is full; negative when it is over. */
    public double headroom() {
        return capacity - connections;
    }

    /** What identifies the row across analyses of the same plan (the base plan and its failure drills). */
    public RowKey key() {
        return new RowKey(dataCenter, address, origin);
    }

    /** A row's identity: data center, address and origin IPv4:port (the location follows from the data center). */
    public record RowKey(String dataCenter, String address, String origin) {
    }
}
