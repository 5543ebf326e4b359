package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Zone;

/**
 * Explains a failed tier by naming the first element (smallest id) that holds an applicable address yet
 * cannot egress, and why: "fra1-s3 holds one but is down". Runs only when a tier fails, so its scans of
 * one data center's or one location's holders stay off the path of a successful trace.
 */
final class Shortfall {

    private final Elements elements;
    private final EgressSites sites;
    private final Zone zone;
    private final Family family;

    Shortfall(Elements elements, EgressSites sites, Zone zone, Family family) {
        this.elements = elements;
        this.sites = sites;
        this.zone = zone;
        this.family = family;
    }

    /** A server of the data center, other than the ingress, that holds an address but is down; or null. */
    String inDataCenter(String dataCenter, String ingressServer) {
        for (String server : sites.holders(dataCenter)) {
            if (!server.equals(ingressServer) && !sites.canEgress(server)) {
                return holds(server) + "is down";
            }
        }
        return null;
    }

    /** Another data center of the location that holds an address but cannot egress; or null. */
    String inLocation(String location, String ingressDataCenter) {
        for (String id : sites.holderDataCenters(location)) {
            if (!id.equals(ingressDataCenter) && sites.firstCapableServer(id, null) == null) {
                DataCenter dc = elements.dataCenter(id);
                return holds(id) + (dc.status().isUp() ? "only on servers that are down" : "is down");
            }
        }
        return null;
    }

    /**
     * Another location that holds an address but cannot egress; or null. One that is down or has only
     * down holders is named before one that is merely outside the zone's regions.
     */
    String elsewhere(String ingressLocation) {
        String outsideRegions = null;
        for (String id : sites.holderLocations()) {
            Location location = elements.location(id);
            if (id.equals(ingressLocation)) {
                continue;
            }
            if (!zone.allowsRegion(location.region())) {
                outsideRegions = outsideRegions != null ? outsideRegions : holds(id) + "is " + Wording.regionOf(location);
            } else if (!location.status().isUp()) {
                return holds(id) + "is down";
            } else if (sites.firstCapableDataCenter(id, null) == null) {
                return holds(id) + "only in data centers or on servers that are down";
            }
        }
        return outsideRegions;
    }

    // Every server "holds" IPv6, so for IPv6 the element is simply named.
    private String holds(String id) {
        return family == Family.IPV4 ? id + " holds one but " : id + " ";
    }
}
