package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.ServerPlace;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
        Map<String, TreeSet<String>> capableByDc = new HashMap<>();
        Map<String, TreeSet<String>> capableDcs = new TreeMap<>();
        Map<String, TreeSet<String>> holdersByDc = new HashMap<>();
        Map<String, TreeSet<String>> holderDcs = new TreeMap<>();
        for (ServerPlace place : holders) {
            String server = place.server().id();
            String dc = place.dataCenter().id();
            String location = place.location().id();
            holdersByDc.computeIfAbsent(dc, k -> new TreeSet<>()).add(server);
            holderDcs.computeIfAbsent(location, k -> new TreeSet<>()).add(dc);
            if (place.isUp()) {
                capableServers.add(server);
                capableByDc.computeIfAbsent(dc, k -> new TreeSet<>()).add(server);
                capableDcs.computeIfAbsent(location, k -> new TreeSet<>()).add(dc);
            }
        }
        capableServersByDataCenter = frozen(capableByDc);
        capableDataCentersByLocation = frozen(capableDcs);
        capableLocations = List.copyOf(capableDcs.keySet());
        holdersByDataCenter = frozen(holdersByDc);
        holderDataCentersByLocation = frozen(holderDcs);
        holderLocations = List.copyOf(holderDcs.keySet());
    }

    /** Whether the server holds an applicable address and it, its data center and its location are up. */
    boolean canEgress(String server) {
        return capableServers.contains(server);
    }

    /** The server with the smallest id in the data center that can egress, other than {@code excluded}. */
    String firstCapableServer(String dataCenter, String excluded) {
        return firstOther(capableServersByDataCenter.get(dataCenter), excluded);
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

    private static Map<String, List<String>> frozen(Map<String, TreeSet<String>> sets) {
        Map<String, List<String>> lists = new HashMap<>(sets.size() * 2);
        sets.forEach((key, set) -> lists.put(key, List.copyOf(set)));
        return lists;
    }
}
