package dev.aegisplanner.model.engine;

/**
 * Where a request enters or leaves: a server with its data center and location.
 *
 * @param ip the egress address in canonical form; {@code null} for the ingress, and for egress with a
 *     shared address ({@link Tier#NO_AEGIS})
 */
public record Endpoint(String server, String dataCenter, String location, String ip) {
}
