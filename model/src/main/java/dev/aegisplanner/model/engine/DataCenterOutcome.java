package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.ServerPlace;
import java.util.List;

/**
 * What the cascade answers for one zone and family to every request entering in one data center. Below the
 * pool checks the answer depends only on where the ingress server is, and within a data center only on whether
 * that server can egress itself: those few (listed here with their addresses) leave on the same server, every
 * other server of the data center gets the one answer kept here. So the fast path works a data center out once
 * and then decides by comparing, at most, the ingress id with the short list of those that can egress.
 */
final class DataCenterOutcome {

    private static final String[] NONE = {};

    private final String[] capableServers;
    private final String[] capableAddresses;
    private final Tier tier;
    private final boolean fromIngress;
    private final ServerPlace egress;
    private final String ip;
    private final BackboneRoute route;

    private DataCenterOutcome(String[] capableServers, String[] capableAddresses, Tier tier, boolean fromIngress,
                              ServerPlace egress, String ip, BackboneRoute route) {
        this.capableServers = capableServers;
        this.capableAddresses = capableAddresses;
        this.tier = tier;
        this.fromIngress = fromIngress;
        this.egress = egress;
        this.ip = ip;
        this.route = route;
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
        if (capableServers.length > 0) {
            String id = ingress.server().id();
            for (int i = 0; i < capableServers.length; i++) {
                if (capableServers[i].equals(id)) {
                    return new Decision(Tier.SAME_SERVER, ingress, ingress, capableAddresses[i], null);
                }
            }
        }
        return new Decision(tier, ingress, fromIngress ? ingress : egress, ip, route);
    }
}
