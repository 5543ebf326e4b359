package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.DataCenterPlace;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Replaces one location, data center or server deep in the immutable tree, found through the topology's index
 * and rebuilding only its ancestors' lists; everything else is shared with the old topology. Returns the same
 * topology when the element is missing or the change returns the same element. Where ids repeat, the first
 * element with the id is the one changed.
 */
final class TreeRewrite {

    private TreeRewrite() {
    }

    static Topology location(Topology t, String id, UnaryOperator<Location> change) {
        int at = t.index().locationIndex(id);
        return at < 0 ? t : location(t, at, change);
    }

    static Topology dataCenter(Topology t, String id, UnaryOperator<DataCenter> change) {
        DataCenterPlace place = t.index().dataCenter(id).orElse(null);
        return place == null ? t : dataCenter(t, place.locationIndex(), place.dataCenterIndex(), change);
    }

    static Topology server(Topology t, String id, UnaryOperator<Server> change) {
        TopologyIndex index = t.index();
        DataCenterPlace place = index.server(id)
                .flatMap(s -> index.dataCenter(s.dataCenter().id())).orElse(null);
        if (place == null) {
            return t;
        }
        List<Server> servers = place.dataCenter().servers();
        for (int i = 0; i < servers.size(); i++) {
            if (servers.get(i).id().equals(id)) {
                Server changed = change.apply(servers.get(i));
                if (changed == servers.get(i)) {
                    return t;
                }
                List<Server> copy = new ArrayList<>(servers);
                copy.set(i, changed);
                return dataCenter(t, place.locationIndex(), place.dataCenterIndex(), dc -> dc.withServers(copy));
            }
        }
        return t;
    }

    static Topology location(Topology t, int at, UnaryOperator<Location> change) {
        Location old = t.locations().get(at);
        Location changed = change.apply(old);
        if (changed == old) {
            return t;
        }
        List<Location> copy = new ArrayList<>(t.locations());
        copy.set(at, changed);
        return t.withLocations(copy);
    }

    static Topology dataCenter(Topology t, int locationAt, int dataCenterAt, UnaryOperator<DataCenter> change) {
        return location(t, locationAt, l -> {
            DataCenter old = l.dataCenters().get(dataCenterAt);
            DataCenter changed = change.apply(old);
            if (changed == old) {
                return l;
            }
            List<DataCenter> copy = new ArrayList<>(l.dataCenters());
            copy.set(dataCenterAt, changed);
            return l.withDataCenters(copy);
        });
    }
}
