package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pools: unique ids, a source, addresses that parse, no address in two pools, and the warnings for pools
 * and pool addresses nothing uses.
 */
final class PoolRules {

    private PoolRules() {
    }

    static void check(Topology topology, AddressIndex addresses, Findings findings) {
        IdRegistry ids = new IdRegistry("pool", "among pools", null, findings);
        Set<String> usedByZones = topology.zones().stream().map(Zone::pool).collect(Collectors.toSet());
        Map<IpAddress, Integer> ipv4Owner = new HashMap<>();
        PoolOverlaps ipv6 = new PoolOverlaps(topology.pools());
        List<Pool> pools = topology.pools();
        for (int i = 0; i < pools.size(); i++) {
            Pool pool = pools.get(i);
            String pointer = Places.of("pools", i);
            ids.register(pool.id(), "", () -> pointer);
            if (pool.source() == null) {
                findings.error("missing-field", pointer + "/source", "Pool " + pool.id()
                        + " has no 'source'; say whether its addresses are \"leased\" or \"byoip\"");
            }
            if (!usedByZones.contains(pool.id())) {
                findings.warning("unused-pool", pointer, "No zone uses pool " + pool.id());
            }
            for (int k = 0; k < pool.addresses().size(); k++) {
                String text = pool.addresses().get(k);
                String addressPointer = pointer + "/addresses/" + k;
                Optional<IpAddress> address = IpAddress.parse(text);
                if (address.isEmpty()) {
                    findings.error("invalid-address", addressPointer, "Pool " + pool.id() + " lists '" + text
                            + "', which is not an IPv4 address, an IPv6 address or an IPv6 prefix");
                } else if (address.get().isIpv4()) {
                    checkIpv4(pools, i, address.get(), addressPointer, ipv4Owner, addresses, findings);
                } else {
                    ipv6.add(address.get(), i, k);
                }
            }
        }
        ipv6.report(findings);
    }

    private static void checkIpv4(List<Pool> pools, int poolIndex, IpAddress address, String pointer,
                                  Map<IpAddress, Integer> owner, AddressIndex addresses, Findings findings) {
        String poolId = pools.get(poolIndex).id();
        Integer first = owner.putIfAbsent(address, poolIndex);
        if (first == null) {
            if (addresses.holders(address) == null) {
                findings.warning("unused-pool-address", pointer,
                        "No server holds " + address + " of pool " + poolId);
            }
        } else if (first == poolIndex) {
            findings.warning("duplicate-address", pointer, "Pool " + poolId + " lists " + address + " twice");
        } else {
            findings.error("address-in-two-pools", pointer, address + " is in pool " + pools.get(first).id()
                    + " and in pool " + poolId + "; an address belongs to at most one pool");
        }
    }
}
