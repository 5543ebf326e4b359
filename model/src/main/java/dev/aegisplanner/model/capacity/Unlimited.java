package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.Family;

/**
 * Demand that is served but never limited by the plan, reported so the totals add up: a zone without a
 * dedicated pool ({@code NO_AEGIS}, shared addresses) or IPv6 (ranges deployed everywhere).
 *
 * @param tier {@code NO_AEGIS}, or for IPv6 the tier the cascade reached ({@code IPV6_GLOBAL} or
 *     {@code OTHER_LOCATION} outside the zone's regions)
 */
public record Unlimited(String zone, String origin, Family family, Tier tier, double connections) {
}
