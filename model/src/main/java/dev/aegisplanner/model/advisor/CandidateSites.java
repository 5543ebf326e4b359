package dev.aegisplanner.model.advisor;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The locations that may hold a pool's addresses ({@link Candidate}), in id order, and why others may not. */
final class CandidateSites {

    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, Candidate> byId = new HashMap<>();
    private final List<Zone> zones;

    CandidateSites(Topology topology, List<Zone> zones, Set<String> exclude) {
        this.zones = zones;
        List<Location> locations = new ArrayList<>(topology.locations());
        locations.sort(Comparator.comparing(Location::id));
        for (Location location : locations) {
            if (!location.status().isUp() || exclude.contains(location.id()) || !allowed(location)) {
                continue;
            }
            List<DataCenter> eligible = location.dataCenters().stream()
                    .filter(d -> d.status().isUp() && !upServers(d).isEmpty())
                    .sorted(Comparator.comparing(DataCenter::id)).toList();
            if (eligible.isEmpty()) {
                continue;
            }
            DataCenter primary = eligible.get(0);
            DataCenter secondary = eligible.size() > 1 ? eligible.get(1) : null;
            Candidate candidate = new Candidate(candidates.size(), location, primary.id(),
                    secondary == null ? null : secondary.id(), upServers(primary),
                    secondary == null ? List.of() : upServers(secondary));
            candidates.add(candidate);
            byId.put(location.id(), candidate);
        }
    }

    /** Inside the regions of every zone using the pool. */
    boolean allowed(Location location) {
        return zones.stream().allMatch(z -> z.allowsRegion(location.region()));
    }

    private static List<String> upServers(DataCenter dataCenter) {
        return dataCenter.servers().stream().filter(s -> s.status().isUp()).map(Server::id).toList();
    }

    List<Candidate> all() {
        return candidates;
    }

    Candidate get(String location) {
        return byId.get(location);
    }

    /** Why no location qualifies, for the planner. */
    String whyNone(String pool, Set<String> exclude) {
        Set<String> regions = new TreeSet<>();
        List<String> restricting = new ArrayList<>();
        for (Zone zone : zones) {
            if (!zone.regions().isEmpty()) {
                restricting.add(zone.id() + " (" + String.join(", ", zone.regions()) + ")");
                regions.addAll(zone.regions());
            }
        }
        StringBuilder why = new StringBuilder("no location can hold pool ").append(pool).append("'s addresses: ");
        if (!restricting.isEmpty()) {
            why.append("the regions of zones ").append(String.join(", ", restricting))
                    .append(" leave no up location with an up server in an up data center");
        } else {
            why.append("no up location has an up server in an up data center");
        }
        if (!exclude.isEmpty()) {
            why.append(", with ").append(String.join(", ", new TreeSet<>(exclude))).append(" excluded");
        }
        return why.toString();
    }
}
