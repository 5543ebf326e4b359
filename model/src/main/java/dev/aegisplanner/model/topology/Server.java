package dev.aegisplanner.model.topology;

import java.util.List;
import java.util.Objects;

/**
 * A server in a data center. Its egress router can use the IPv4 addresses in {@code egressIps}.
 *
 * @param name optional display name; {@code null} means "use the id"
 */
public record Server(String id, String name, Status status, List<String> egressIps) {

    public Server {
        Objects.requireNonNull(id, "id");
        status = status == null ? Status.UP : status;
        egressIps = egressIps == null ? List.of() : List.copyOf(egressIps);
    }

    public static Server of(String id, String... egressIps) {
        return new Server(id, null, Status.UP, List.of(egressIps));
    }

    public String displayName() {
        return name == null ? id : name;
    }

    public Server withStatus(Status newStatus) {
        return new Server(id, name, newStatus, egressIps);
    }

    public Server withEgressIps(List<String> ips) {
        return new Server(id, name, status, ips);
    }

    public Server withId(String newId) {
        return new Server(newId, name, status, egressIps);
    }

    public Server withName(String newName) {
        return new Server(id, newName, status, egressIps);
    }
}
