package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Rewrites locations, data centers and servers in place, keeping every untouched part (and the topology
 * itself) the same instance, so an edit that changes nothing is recognised as a no-op by identity.
 */
final class ElementUpdates {

    private ElementUpdates() {
    }

    static Topology updateLocation(Topology topology, String id, UnaryOperator<Location> change) {
        List<Location> next = replaceWhere(topology.locations(), l -> l.id().equals(id), change);
        return next == topology.locations() ? topology : topology.withLocations(next);
    }

    static Topology updateDataCenter(Topology topology, String id, UnaryOperator<DataCenter> change) {
        return updateLocations(topology, location -> {
            List<DataCenter> next = replaceWhere(location.dataCenters(), d -> d.id().equals(id), change);
            return next == location.dataCenters() ? location : location.withDataCenters(next);
        });
    }

    /** Applies {@code change} to every server {@code which} accepts. */
    static Topology updateServers(Topology topology, Predicate<Server> which, UnaryOperator<Server> change) {
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
