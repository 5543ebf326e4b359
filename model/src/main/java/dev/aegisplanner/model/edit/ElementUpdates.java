package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Rewrites locations, data centers and servers in place, keeping every untouched part (and the topology
 * itself) the same instance, so an edit that changes nothing is recognised as a no-op by identity. The element
 * is found through the topology's index and only the lists on its path are copied; in a file where ids repeat,
 * every element with the id changes, as the planner would expect of a field that names them all.
 */
final class ElementUpdates {

    private ElementUpdates() {
    }

    static Topology updateLocation(Topology topology, String id, UnaryOperator<Location> change) {
        if (!topology.index().hasRepeatedIds()) {
            return TreeRewrite.location(topology, id, unlessEqual(change));
        }
        List<Location> next = replaceWhere(topology.locations(), l -> l.id().equals(id), change);
        return next == topology.locations() ? topology : topology.withLocations(next);
    }

    static Topology updateDataCenter(Topology topology, String id, UnaryOperator<DataCenter> change) {
        if (!topology.index().hasRepeatedIds()) {
            return TreeRewrite.dataCenter(topology, id, unlessEqual(change));
        }
        return updateLocations(topology, location -> {
            List<DataCenter> next = replaceWhere(location.dataCenters(), d -> d.id().equals(id), change);
            return next == location.dataCenters() ? location : location.withDataCenters(next);
        });
    }

    static Topology updateServer(Topology topology, String id, UnaryOperator<Server> change) {
        return updateServers(topology, Set.of(id), change);
    }

    /** Applies {@code change} to every server with one of the ids. */
    static Topology updateServers(Topology topology, Collection<String> ids, UnaryOperator<Server> change) {
        Set<String> wanted = Set.copyOf(ids);
        if (!topology.index().hasRepeatedIds()) {
            return updateServersOnTheirPaths(topology, wanted, change);
        }
        return updateServers(topology, s -> wanted.contains(s.id()), change);
    }

    /** Visits only the data centers that hold one of the servers, through the index. */
    private static Topology updateServersOnTheirPaths(Topology topology, Set<String> ids, UnaryOperator<Server> change) {
        TopologyIndex index = topology.index();
        Map<Integer, Set<Integer>> dataCentersByLocation = new TreeMap<>();
        for (String id : ids) {
            index.server(id).flatMap(s -> index.dataCenter(s.dataCenter().id())).ifPresent(p ->
                    dataCentersByLocation.computeIfAbsent(p.locationIndex(), k -> new TreeSet<>()).add(p.dataCenterIndex()));
        }
        List<Location> locations = null;
        for (Map.Entry<Integer, Set<Integer>> entry : dataCentersByLocation.entrySet()) {
            Location location = topology.locations().get(entry.getKey());
            List<DataCenter> dataCenters = null;
            for (int di : entry.getValue()) {
                DataCenter dc = location.dataCenters().get(di);
                List<Server> servers = replaceWhere(dc.servers(), s -> ids.contains(s.id()), change);
                if (servers != dc.servers()) {
                    dataCenters = dataCenters == null ? new ArrayList<>(location.dataCenters()) : dataCenters;
                    dataCenters.set(di, dc.withServers(servers));
                }
            }
            if (dataCenters != null) {
                locations = locations == null ? new ArrayList<>(topology.locations()) : locations;
                locations.set(entry.getKey(), location.withDataCenters(dataCenters));
            }
        }
        return locations == null ? topology : topology.withLocations(locations);
    }

    private static Topology updateServers(Topology topology, Predicate<Server> which, UnaryOperator<Server> change) {
        return updateLocations(topology, location -> {
            List<DataCenter> next = replaceWhere(location.dataCenters(), d -> true, dataCenter -> {
                List<Server> servers = replaceWhere(dataCenter.servers(), which, change);
                return servers == dataCenter.servers() ? dataCenter : dataCenter.withServers(servers);
            });
            return next == location.dataCenters() ? location : location.withDataCenters(next);
        });
    }

    private static Topology updateLocations(Topology topology, UnaryOperator<Location> change) {
        List<Location> next = replaceWhere(topology.locations(), l -> true, change);
        return next == topology.locations() ? topology : topology.withLocations(next);
    }

    /** The change, except that a value equal to the old one counts as none (the old instance is kept). */
    private static <T> UnaryOperator<T> unlessEqual(UnaryOperator<T> change) {
        return old -> {
            T updated = change.apply(old);
            return updated.equals(old) ? old : updated;
        };
    }

    /**
     * The list with {@code change} applied to the matching elements, or the very same list when no element
     * changed (a change that returns an equal value counts as none).
     */
    static <T> List<T> replaceWhere(List<T> list, Predicate<T> which, UnaryOperator<T> change) {
        List<T> copy = null;
        for (int i = 0; i < list.size(); i++) {
            T old = list.get(i);
            if (!which.test(old)) {
                continue;
            }
            T updated = change.apply(old);
            if (updated != old && !updated.equals(old)) {
                if (copy == null) {
                    copy = new ArrayList<>(list);
                }
                copy.set(i, updated);
            }
        }
        return copy == null ? list : copy;
    }
}
