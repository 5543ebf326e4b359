package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.Family;

/**
 * Demand that could not land where it was placed (its data center or location is down, or has no up server)
 * and moved, as anycast moves it, to another data center of its location or to the closest location that can
 * take it.
 *
 * @param from the data center or location the demand names
 * @param to the location it landed in instead
 */
public record Failover(String zone, String origin, Family family, String from, String to, double connections) {
}
