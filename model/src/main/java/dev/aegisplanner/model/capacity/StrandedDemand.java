package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.Family;

/**
 * Unserved demand where it entered, so a planner can be shown the place: the data center it landed in and
 * found nowhere to egress from, or, for demand that could land nowhere, the location it is placed in. The
 * report's {@link CapacityReport#unserved()} adds the same demand up per zone, origin and family.
 *
 * @param dataCenter {@code null} when the demand could not land anywhere ({@link Unserved.Reason#NO_LANDING})
 */
public record StrandedDemand(String zone, String origin, Family family, String location, String dataCenter,
                             double connections, Unserved.Reason reason) {
}
