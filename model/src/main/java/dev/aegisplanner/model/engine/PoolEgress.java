package dev.aegisplanner.model.engine;

import java.util.Map;

/**
 * What one pool offers the cascade.
 *
 * @param exists {@code false} when a zone names a pool the topology does not have: it offers nothing
 * @param firstIpv6 the canonical text of the pool's first IPv6 address or prefix, in pool order, or
 *     {@code null} when the pool has no IPv6 at all
 * @param ipv4Sites the servers holding one of the pool's IPv4 addresses
 * @param smallestIpv4 per holding server, the canonical text of the numerically smallest of the pool's addresses
 *     it holds (made once, so a decision allocates no text)
 */
record PoolEgress(String id, boolean exists, String firstIpv6, EgressSites ipv4Sites,
                  Map<String, String> smallestIpv4) {

    static PoolEgress missing(String id) {
        return new PoolEgress(id, false, null, EgressSites.NONE, Map.of());
    }

    boolean hasIpv6() {
        return firstIpv6 != null;
    }
}
