package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.ServerPlace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per pool, which servers can egress for IPv4, and the one set of servers that can egress IPv6 for any pool
 * that has IPv6. Built in one pass over the servers; addresses are compared parsed, never as text, and
 * text that does not parse is no address at all.
 */
final class EgressIndex {

    private final Map<String, PoolEgress> pools = new HashMap<>();
    private final Elements elements;
    private volatile EgressSites ipv6Sites;

    EgressIndex(Elements elements) {
        this.elements = elements;
        Map<IpAddress, List<String>> poolsOfAddress = new HashMap<>();
        Map<String, String> firstIpv6 = new HashMap<>();
        for (Pool pool : elements.pools()) {
            for (String text : pool.addresses()) {
                Optional<IpAddress> parsed = IpAddress.parse(text);
                if (parsed.isPresent() && parsed.get().isIpv4()) {
                    // An address in two pools is a validation error; here it simply serves both.
                    List<String> owners = poolsOfAddress.computeIfAbsent(parsed.get(), k -> new ArrayList<>(1));
                    if (!owners.contains(pool.id())) {
                        owners.add(pool.id());
                    }
                } else if (parsed.isPresent()) {
                    firstIpv6.putIfAbsent(pool.id(), parsed.get().canonical());
                }
            }
        }
        Map<String, Map<String, IpAddress>> smallest = holdersWithSmallestAddress(elements, poolsOfAddress);
        Map<IpAddress, String> canonicalText = new HashMap<>();
        for (Pool pool : elements.pools()) {
            Map<String, IpAddress> ips = smallest.getOrDefault(pool.id(), Map.of());
            List<ServerPlace> holders = ips.keySet().stream().map(elements::server).toList();
            Map<String, String> texts = new HashMap<>(ips.size() * 2);
            ips.forEach((server, ip) -> texts.put(server, canonicalText.computeIfAbsent(ip, IpAddress::canonical)));
            pools.put(pool.id(), new PoolEgress(pool.id(), true, firstIpv6.get(pool.id()),
                    new EgressSites(holders), texts));
        }
    }

    private static Map<String, Map<String, IpAddress>> holdersWithSmallestAddress(
            Elements elements, Map<IpAddress, List<String>> poolsOfAddress) {
        Map<String, Optional<IpAddress>> parsedIps = new HashMap<>();
        Map<String, Map<String, IpAddress>> byPool = new HashMap<>();
        for (ServerPlace place : elements.servers()) {
            for (String text : place.server().egressIps()) {
                Optional<IpAddress> ip = parsedIps.computeIfAbsent(text, IpAddress::parseIpv4);
                if (ip.isEmpty()) {
                    continue;
                }
                for (String pool : poolsOfAddress.getOrDefault(ip.get(), List.of())) {
                    byPool.computeIfAbsent(pool, k -> new HashMap<>())
                            .merge(place.server().id(), ip.get(), EgressIndex::numericallySmaller);
                }
            }
        }
        return byPool;
    }

    private static IpAddress numericallySmaller(IpAddress a, IpAddress b) {
        return a.compareNumerically(b) <= 0 ? a : b;
    }

    /** The pool, or an empty stand-in when the zone names a pool that does not exist. */
    PoolEgress pool(String id) {
        PoolEgress pool = pools.get(id);
        return pool != null ? pool : PoolEgress.missing(id);
    }

    /**
     * IPv6 ranges are deployed in every data center, so every server holds one. Only IPv6 requests from
     * outside their zone's regions need this index of all servers; it is built when the first one comes.
     */
    EgressSites ipv6Sites() {
        EgressSites sites = ipv6Sites;
        if (sites == null) {
            synchronized (this) {
                sites = ipv6Sites;
                if (sites == null) {
                    sites = new EgressSites(elements.servers());
                    ipv6Sites = sites;
                }
            }
        }
        return sites;
    }
}
