package dev.aegisplanner.model.advisor;

import java.util.List;

/**
 * One data center holding an address: every up server listed holds it, with the data center's share of it.
 *
 * @param share the data center's {@code ipCapacity} share, 0 &lt; share &lt;= 1
 */
public record Holding(String location, String dataCenter, double share, List<String> servers) {

    public Holding {
        servers = List.copyOf(servers);
    }
}
