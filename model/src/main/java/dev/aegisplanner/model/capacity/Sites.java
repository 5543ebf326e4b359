package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The locations and data centers of a topology as landing sees them, by id (a repeated id counts once, as the
 * engine reads it): which are up, and how many up servers each data center has to split its demand over.
 */
final class Sites {

    /** A location and its data centers in file order. */
    record LocationSite(Location location, List<DataCenterSite> dataCenters) {
        String id() {
            return location.id();
        }

        boolean isUp() {
            return location.status().isUp();
        }
    }

    /**
     * A data center as landing sees it.
     *
     * @param upServers servers that are up themselves (the data center and location may still be down)
     * @param upWithoutAddresses of those, the ones that list no egress address: one server stands for them
     *     all when routes are worked out ({@link RoutingTopology})
     */
    record DataCenterSite(String id, String location, boolean up, boolean locationUp, int upServers,
                          int upWithoutAddresses) {
        /** Up, in an up location, with an up server: somewhere demand can land (PRODUCT.md section 7). */
        boolean eligible(Outage outage) {
            return up && locationUp && upServers > 0 && !outage.covers(this);
        }
    }

    private final List<LocationSite> locations = new ArrayList<>();
    private final Map<String, LocationSite> locationsById = new HashMap<>();
    private final Map<String, DataCenterSite> dataCenters = new HashMap<>();

    Sites(Topology topology) {
        for (Location location : topology.locations()) {
            if (locationsById.containsKey(location.id())) {
                continue;
            }
            List<DataCenterSite> sites = new ArrayList<>(location.dataCenters().size());
            for (DataCenter dataCenter : location.dataCenters()) {
                if (!dataCenters.containsKey(dataCenter.id())) {
                    DataCenterSite site = site(location, dataCenter);
                    dataCenters.put(site.id(), site);
                    sites.add(site);
                }
            }
            LocationSite site = new LocationSite(location, List.copyOf(sites));
            locations.add(site);
            locationsById.put(location.id(), site);
        }
    }

    private static DataCenterSite site(Location location, DataCenter dataCenter) {
        int up = 0;
        int upWithout = 0;
        for (Server server : dataCenter.servers()) {
            if (server.status().isUp()) {
                up++;
                if (server.egressIps().isEmpty()) {
                    upWithout++;
                }
            }
        }
        return new DataCenterSite(dataCenter.id(), location.id(), dataCenter.status().isUp(),
                location.status().isUp(), up, upWithout);
    }

    List<LocationSite> locations() {
        return locations;
    }

    LocationSite location(String id) {
        return locationsById.get(id);
    }

    DataCenterSite dataCenter(String id) {
        return dataCenters.get(id);
    }

    /** The data centers of the location that can take demand, in file order; none when the location is down. */
    List<DataCenterSite> eligible(LocationSite location, Outage outage) {
        if (!location.isUp() || outage.coversLocation(location.id())) {
            return List.of();
        }
        List<DataCenterSite> eligible = new ArrayList<>(location.dataCenters().size());
        for (DataCenterSite dataCenter : location.dataCenters()) {
            if (dataCenter.eligible(outage)) {
                eligible.add(dataCenter);
            }
        }
        return eligible;
    }
}
