package dev.aegisplanner.model.topology;

import java.util.List;
import java.util.Objects;

/**
 * A dedicated egress pool: IPv4 addresses, IPv6 addresses and IPv6 prefixes reserved for a customer.
 * Addresses are kept as written so a file round-trips unchanged; {@code net.IpAddresses} parses them.
 */
public record Pool(String id, String name, PoolSource source, List<String> addresses) {

    public Pool {
        Objects.requireNonNull(id, "id");
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    public static Pool of(String id, PoolSource source, String... addresses) {
        return new Pool(id, null, source, List.of(addresses));
    }

    public String displayName() {
        return name == null ? id : name;
    }

    public Pool withAddresses(List<String> newAddresses) {
        return new Pool(id, name, source, newAddresses);
    }
}
