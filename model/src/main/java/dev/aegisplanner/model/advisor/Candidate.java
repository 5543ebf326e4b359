package dev.aegisplanner.model.advisor;

import dev.aegisplanner.model.topology.Location;
import java.util.List;

/**
 * A location that may hold the pool's addresses: up, inside the regions of every zone using the pool, not
 * excluded, with a data center that is up and has an up server.
 *
 * @param primary the data center that holds the location's addresses: the smallest id among the eligible ones, the
 *     one the cascade picks inside the location whenever it holds one
 * @param secondary the next eligible data center by id, which may hold them too when N-1 needs a location to
 *     survive losing its primary; {@code null} when there is none
 * @param primaryServers the up servers of the primary data center: all of them hold the addresses
 */
record Candidate(int index, Location location, String primary, String secondary, List<String> primaryServers,
                 List<String> secondaryServers) {

    String id() {
        return location.id();
    }

    boolean hasSecondary() {
        return secondary != null;
    }
}
