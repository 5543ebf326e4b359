package dev.aegisplanner.model.topology;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A data center inside a location.
 *
 * @param ipCapacity per IPv4 address, the share (0 &lt; share &lt;= 1) of its capacity given to this
 *     data center; insertion order is kept so files round-trip unchanged
 */
public record DataCenter(String id, String name, Status status, Map<String, Double> ipCapacity, List<Server> servers) {

    public DataCenter {
        Objects.requireNonNull(id, "id");
        status = status == null ? Status.UP : status;
        ipCapacity = ipCapacity == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(ipCapacity));
        servers = servers == null ? List.of() : List.copyOf(servers);
    }

    public static DataCenter of(String id, Server... servers) {
        return new DataCenter(id, null, Status.UP, Map.of(), List.of(servers));
    }

    public String displayName() {
        return name == null ? id : name;
    }

    public DataCenter withServers(List<Server> newServers) {
        return new DataCenter(id, name, status, ipCapacity, newServers);
    }

    public DataCenter withStatus(Status newStatus) {
        return new DataCenter(id, name, newStatus, ipCapacity, servers);
    }

    public DataCenter withIpCapacity(Map<String, Double> shares) {
        return new DataCenter(id, name, status, shares, servers);
    }

    public DataCenter withId(String newId) {
        return new DataCenter(newId, name, status, ipCapacity, servers);
    }

    public DataCenter withName(String newName) {
        return new DataCenter(id, newName, status, ipCapacity, servers);
    }
}
