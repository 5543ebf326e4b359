package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.Family;

/**
 * Demand that no egress serves: a planning error.
 *
 * @param reason why: the cascade found nowhere to egress, or the demand found no data center to land in
 */
public record Unserved(String zone, String origin, Family family, double connections, Reason reason) {

    public enum Reason {
        /** The forwarding cascade ends in {@code NO_EGRESS}: no server anywhere can egress for the request. */
        NO_EGRESS,
        /** No up location has a data center with an up server, so the demand cannot even land. */
        NO_LANDING
    }
}
