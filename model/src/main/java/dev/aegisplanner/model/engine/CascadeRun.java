package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.ServerPlace;
import java.util.List;

/**
 * What one explained run of the cascade decided, with its checks, before it is dressed up as hops.
 *
 * @param egress the server the connection leaves from, or {@code null} for {@link Tier#NO_EGRESS}
 * @param ip the egress address, or {@code null} for a shared address
 * @param closest how the other location was chosen, for {@link Tier#OTHER_LOCATION} only
 */
record CascadeRun(Tier tier, ServerPlace egress, String ip, ClosestLocation closest, List<Check> checks) {
}
