package dev.aegisplanner.model.engine;

import java.util.Objects;

/**
 * One station of a traced path, with the leg that leads to it from the previous station.
 *
 * @param elementId the id of the data center, server or origin; {@code null} for the client
 * @param label what a planner reads, e.g. {@code "Egress router on fra1-s2"}
 * @param distanceKm length of the leg arriving here: 0 inside a data center or a location (same metro),
 *     great-circle kilometres between locations or to an origin with coordinates; {@code null} when unknown
 * @param latencyMs backbone latency of the leg when it crosses the backbone; {@code null} otherwise
 */
public record Hop(HopKind kind, String elementId, String label, Double distanceKm, Double latencyMs) {

    public Hop {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }
}
