package dev.aegisplanner.model.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where one IPv4 egress address is planned: its pool, the locations and data centers that hold it, each data
 * center's effective share of its capacity, and the servers that list it. Status is ignored on purpose: this is
 * the plan, not what is in service right now.
 *
 * @param address the address in canonical dotted-quad form
 * @param pool the id of the pool the address belongs to, or {@code null} when it is in no pool (when an
 *     invalid file puts it in several, the first pool in the file)
 * @param locations ids of the locations of the data centers that hold the address, sorted
 * @param dataCenters ids of the data centers that hold the address (a server lists it or the data center's
 *     {@code ipCapacity} names it), sorted
 * @param shares data center id to effective share, in the order of {@code dataCenters}
 * @param servers ids of the servers that list the address in {@code egressIps}, sorted
 */
public record AddressAllocation(String address, String pool, List<String> locations, List<String> dataCenters,
                                Map<String, Double> shares, List<String> servers) {

    public AddressAllocation {
        Objects.requireNonNull(address, "address");
        locations = List.copyOf(locations);
        dataCenters = List.copyOf(dataCenters);
        shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        servers = List.copyOf(servers);
    }

    /** The sum of the effective shares; above 1 only when explicit shares already overbook the address. */
    public double totalShare() {
        return shares.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
