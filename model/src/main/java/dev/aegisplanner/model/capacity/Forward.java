package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.Family;

/**
 * Demand that the cascade forwards to another location ({@code OTHER_LOCATION}), from the location it entered
 * to the one it egresses from.
 *
 * @param extraLatencyMs the forward's latency: the backbone's shortest path when the backbone decided the
 *     choice, else the great-circle estimate ({@link dev.aegisplanner.model.geo.GreatCircle#estimatedLatencyMs})
 */
public record Forward(String zone, String origin, Family family, String from, String to, double connections,
                      double extraLatencyMs) {
}
