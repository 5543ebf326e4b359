package dev.aegisplanner.model.topology;

import java.util.Objects;

/** An undirected backbone link between two locations, with its latency in milliseconds. */
public record Link(String from, String to, double latencyMs) {

    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public boolean connects(String a, String b) {
        return (from.equals(a) && to.equals(b)) || (from.equals(b) && to.equals(a));
    }

    public boolean touches(String locationId) {
        return from.equals(locationId) || to.equals(locationId);
    }
}
