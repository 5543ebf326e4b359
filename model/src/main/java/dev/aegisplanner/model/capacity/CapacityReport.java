package dev.aegisplanner.model.capacity;

import java.util.List;

/**
 * The capacity of a plan for a demand (PRODUCT.md section 7): a value the editor, the command line and the
 * tests read without recomputing.
 *
 * @param rows one row per location, data center, address and origin IPv4:port, in a stable order (pool, origin,
 *     address, data center); {@link #worstFirst()} sorts them for reading
 * @param unserved demand no egress serves, per zone, origin, family and reason
 * @param forwards demand the cascade forwards to another location, per zone, origin, family and pair of locations
 * @param unlimited demand reported but never limited: {@code NO_AEGIS} and IPv6
 * @param failovers demand that landed away from where it is placed because that place cannot take it
 * @param totalConnections all demand analysed
 * @param stranded the unserved demand again, per place it entered (or could not enter), for views that point at it
 * @param landed the demand that entered through each data center, in the order first met
 */
public record CapacityReport(List<CapacityRow> rows, List<Unserved> unserved, List<Forward> forwards,
                             List<Unlimited> unlimited, List<Failover> failovers, double totalConnections,
                             List<StrandedDemand> stranded, List<LandedDemand> landed) {

    public CapacityReport {
        rows = List.copyOf(rows);
        unserved = List.copyOf(unserved);
        forwards = List.copyOf(forwards);
        unlimited = List.copyOf(unlimited);
        failovers = List.copyOf(failovers);
        stranded = List.copyOf(stranded);
        landed = List.copyOf(landed);
    }

    /** Whether the plan holds: every row below 100 % and nothing unserved (the command line's exit 0). */
    public boolean holds() {
        return unserved.isEmpty() && rows.stream().noneMatch(r -> RowStatus.isOver(r.utilization()));
    }

    public double unservedConnections() {
        return unserved.stream().mapToDouble(Unserved::connections).sum();
    }

    public double forwardedConnections() {
        return forwards.stream().mapToDouble(Forward::connections).sum();
    }

    /** The forwarded part of all demand, 0 to 1 (0 without demand). */
    public double forwardedShare() {
        return totalConnections == 0 ? 0 : forwardedConnections() / totalConnections;
    }

    /** The forwards' extra latency, weighted by their connections; 0 when nothing is forwarded. */
    public double meanExtraLatencyMs() {
        double forwarded = forwardedConnections();
        return forwarded == 0 ? 0
                : forwards.stream().mapToDouble(f -> f.connections() * f.extraLatencyMs()).sum() / forwarded;
    }

    /** The rows, most utilized first; equal ones by location, data center, address and origin. */
    public List<CapacityRow> worstFirst() {
        return rows.stream().sorted(CapacityRows.WORST_FIRST).toList();
    }

    public long count(RowStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
