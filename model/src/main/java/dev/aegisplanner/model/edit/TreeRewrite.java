package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Replaces one location, data center or server deep in the immutable tree, rebuilding only its ancestors;
 * everything else is shared with the old topology. Returns the same topology when the element is missing
 * or the change returns the same element.
 */
final class TreeRewrite {

    private TreeRewrite() {
    }

    static Topology location(Topology t, String id, UnaryOperator<Location> change) {
        List<Location> locations = t.locations();
        for (int i = 0; i < locations.size(); i++) {
            if (locations.get(i).id().equals(id)) {
                Location changed = change.apply(locations.get(i));
                if (changed == locations.get(i)) {
                    return t;
                }
                List<Location> copy = new ArrayList<>(locations);
                copy.set(i, changed);
                return t.withLocations(copy);
            }
        }
        return t;
    }

    static Topology dataCenter(Topology t, String id, UnaryOperator<DataCenter> change) {
        for (Location l : t.locations()) {
            List<DataCenter> dcs = l.dataCenters();
            for (int i = 0; i < dcs.size(); i++) {
                if (dcs.get(i).id().equals(id)) {
                    DataCenter changed = change.apply(dcs.get(i));
                    if (changed == dcs.get(i)) {
                        return t;
                    }
                    List<DataCenter> copy = new ArrayList<>(dcs);
                    copy.set(i, changed);
                    return location(t, l.id(), loc -> loc.withDataCenters(copy));
                }
            }
        }
        return t;
    }

    static Topology server(Topology t, String id, UnaryOperator<Server> change) {
        for (Location l : t.locations()) {
            for (DataCenter d : l.dataCenters()) {
                List<Server> servers = d.servers();
                for (int i = 0; i < servers.size(); i++) {
                    if (servers.get(i).id().equals(id)) {
                        Server changed = change.apply(servers.get(i));
                        if (changed == servers.get(i)) {
                            return t;
                        }
                        List<Server> copy = new ArrayList<>(servers);
                        copy.set(i, changed);
                        return dataCenter(t, d.id(), dc -> dc.withServers(copy));
                    }
                }
            }
        }
        return t;
    }
}
