package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.ServerPlace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The servers holding an applicable address for one pool and family (every server, for IPv6), grouped by
 * data center and location and sorted by id, with the subset that can egress precomputed, so a trace reads
 * its answer in a few lookups. Regions are not part of it: they belong to the zone and apply per trace.
 *
 * <p>"Holders" include servers that are down or inside something down; the cascade names them when it
 * explains why a tier failed ("fra1-s3 holds one but is down").
 */
final class EgressSites {

    static final EgressSites NONE = new EgressSites(List.of());

    private final Set<String> capableServers = new HashSet<>();
    private final Map<String, List<String>> capableServersByDataCenter;
    private final Map<String, List<String>> capableDataCentersByLocation;
    private final List<String> capableLocations;
    private final Map<String, List<String>> holdersByDataCenter;
    private final Map<String, List<String>> holderDataCentersByLocation;
    private final List<String> holderLocations;

    EgressSites(Collection<ServerPlace> holders) {
        Map<String, List<String>> capableByDc = new HashMap<>();
        Map<String, List<String>> capableDcs = new HashMap<>();
        Map<String, List<String>> holdersByDc = new HashMap<>();
        Map<String, List<String>> holderDcs = new HashMap<>();
        for (ServerPlace place : holders) {
            String server = place.server().id();
            String dc = place.dataCenter().id();
            String location = place.location().id();
            group(holdersByDc, dc, server);
            group(holderDcs, location, dc);
            if (place.isUp()) {
                capableServers.add(server);
                group(capableByDc, dc, server);
                group(capableDcs, location, dc);
            }
        }
        capableServersByDataCenter = sortedDistinct(capableByDc);
        capableDataCentersByLocation = sortedDistinct(capableDcs);
        capableLocations = capableDataCentersByLocation.keySet().stream().sorted().toList();
        holdersByDataCenter = sortedDistinct(holdersByDc);
        holderDataCentersByLocation = sortedDistinct(holderDcs);
        holderLocations = holderDataCentersByLocation.keySet().stream().sorted().toList();
    }

    /** Whether the server holds an applicable address and it, its data center and its location are up. */
    boolean canEgress(String server) {
        return capableServers.contains(server);
    }

    /** The server with the smallest id in the data center that can egress, other than {@code excluded}. */
    String firstCapableServer(String dataCenter, String excluded) {
        return firstOther(capableServersByDataCenter.get(dataCenter), excluded);
    }

    /** The servers of the data center that can egress, sorted by id. */
    List<String> capableServers(String dataCenter) {
        return capableServersByDataCenter.getOrDefault(dataCenter, List.of());
    }

    /** The data center with the smallest id in the location with a server that can egress, other than {@code excluded}. */
    String firstCapableDataCenter(String location, String excluded) {
        return firstOther(capableDataCentersByLocation.get(location), excluded);
    }

    /** Locations with a server that can egress, sorted by id. */
    List<String> capableLocations() {
        return capableLocations;
    }

    List<String> holders(String dataCenter) {
        return holdersByDataCenter.getOrDefault(dataCenter, List.of());
    }

    List<String> holderDataCenters(String location) {
        return holderDataCentersByLocation.getOrDefault(location, List.of());
    }

    List<String> holderLocations() {
        return holderLocations;
    }

    private static String firstOther(List<String> sorted, String excluded) {
        if (sorted == null) {
            return null;
        }
        for (String id : sorted) {
            if (!id.equals(excluded)) {
                return id;
            }
        }
        return null;
    }

    private static void group(Map<String, List<String>> groups, String key, String member) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
    }

    private static Map<String, List<String>> sortedDistinct(Map<String, List<String>> groups) {
        Map<String, List<String>> sorted = new HashMap<>(groups.size() * 2);
        groups.forEach((key, members) -> sorted.put(key, members.stream().distinct().sorted().toList()));
        return sorted;
    }
}
