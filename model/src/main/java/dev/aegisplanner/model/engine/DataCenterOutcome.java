package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.ServerPlace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the cascade answers for one zone and family to every request entering in one data center. Below the
 * pool checks the answer depends only on where the ingress server is, and within a data center only on whether
 * that server can egress itself: those few (listed here with their addresses) leave on the same server, every
 * other server of the data center gets the one answer kept here. So the fast path works a data center out once
 * and then decides by comparing, at most, the ingress id with those that can egress.
 */
final class DataCenterOutcome {

    private static final String[] NONE = {};
    /** Up to this many, comparing ids one by one beats hashing; beyond it (a pool on every server) a map answers. */
    private static final int SCANNED = 8;

    private final String[] capableServers;
    private final String[] capableAddresses;
    /** The address of each server that can egress, when there are more than {@link #SCANNED}; else null. */
    private final Map<String, String> capableByServer;
    private final Tier tier;
    private final boolean fromIngress;
    private final ServerPlace egress;
    private final String ip;
    private final BackboneRoute route;

    private DataCenterOutcome(String[] capableServers, String[] capableAddresses, Tier tier, boolean fromIngress,
                              ServerPlace egress, String ip, BackboneRoute route) {
        this.capableServers = capableServers;
        this.capableAddresses = capableAddresses;
        this.capableByServer = capableServers.length > SCANNED ? byServer(capableServers, capableAddresses) : null;
        this.tier = tier;
        this.fromIngress = fromIngress;
        this.egress = egress;
        this.ip = ip;
        this.route = route;
    }

    private static Map<String, String> byServer(String[] servers, String[] addresses) {
        Map<String, String> map = new HashMap<>(servers.length * 2);
        for (int i = 0; i < servers.length; i++) {
            map.put(servers[i], addresses[i]);
        }
        return map;
    }

    /** Every request leaves where it entered, with this address (IPv6 deployed everywhere). */
    static DataCenterOutcome fromIngress(Tier tier, String ip) {
        return new DataCenterOutcome(NONE, NONE, tier, true, null, ip, null);
    }

    /** Every request leaves from {@code egress} ({@code null} for {@link Tier#NO_EGRESS}). */
    static DataCenterOutcome to(Tier tier, ServerPlace egress, String ip, BackboneRoute route) {
        return new DataCenterOutcome(NONE, NONE, tier, false, egress, ip, route);
    }

    /**
     * The servers that can egress leave on themselves with their address; every other one as {@code others}
     * says.
     */
    static DataCenterOutcome sameServerElse(List<String> capable, List<String> addresses, DataCenterOutcome others) {
        return new DataCenterOutcome(capable.toArray(NONE), addresses.toArray(NONE), others.tier, others.fromIngress,
                others.egress, others.ip, others.route);
    }

    Decision decide(ServerPlace ingress) {
        String own = ownAddress(ingress.server().id());
        if (own != null) {
            return new Decision(Tier.SAME_SERVER, ingress, ingress, own, null);
        }
        return new Decision(tier, ingress, fromIngress ? ingress : egress, ip, route);
    }

    /** The address the server egresses with itself, or null when it cannot. */
    private String ownAddress(String server) {
        if (capableByServer != null) {
            return capableByServer.get(server);
        }
        for (int i = 0; i < capableServers.length; i++) {
            if (capableServers[i].equals(server)) {
                return capableAddresses[i];
            }
        }
        return null;
    }
}
