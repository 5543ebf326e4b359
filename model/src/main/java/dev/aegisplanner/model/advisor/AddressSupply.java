package dev.aegisplanner.model.advisor;

import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The addresses a placement of N places: the pool's own IPv4 addresses in pool order, then new ones. The format has
 * no IPv4 prefixes in pools, so new addresses are numbered after the pool's numerically last IPv4 address (from
 * 192.0.2.1, the documentation range, when it has none), skipping every address any pool or server already uses.
 * With fewer than the pool has, the first N are placed and the rest leave the pool.
 */
final class AddressSupply {

    private final List<String> own = new ArrayList<>();
    private final Set<String> used = new HashSet<>();
    private final IpAddress last;

    AddressSupply(Topology topology, Pool pool) {
        IpAddress highest = null;
        for (String entry : pool.addresses()) {
            IpAddress address = IpAddress.parseIpv4(entry).orElse(null);
            if (address != null && !own.contains(address.canonical())) {
                own.add(address.canonical());
                highest = highest == null || address.compareNumerically(highest) > 0 ? address : highest;
            }
        }
        topology.pools().forEach(p -> p.addresses().forEach(a -> IpAddress.parse(a).ifPresent(i -> used.add(i.canonical()))));
        topology.servers().forEach(s -> used.addAll(s.egressIps()));
        this.last = highest != null ? highest : IpAddress.parseIpv4("192.0.2.0").orElseThrow();
    }

    List<String> own() {
        return List.copyOf(own);
    }

    List<String> first(int count) {
        List<String> addresses = new ArrayList<>(own.subList(0, Math.min(count, own.size())));
        long next = toLong(last);
        while (addresses.size() < count) {
            next++;
            if (next > 0xFFFFFFFFL) {
                throw NoPlacementException.badRequest("no IPv4 address is left after " + last.canonical());
            }
            String candidate = fromLong(next);
            if (!used.contains(candidate)) {
                addresses.add(candidate);
            }
        }
        return addresses;
    }

    private static long toLong(IpAddress address) {
        long value = 0;
        for (byte b : address.bytes()) {
            value = (value << 8) | (b & 0xFF);
        }
        return value;
    }

    private static String fromLong(long value) {
        return ((value >> 24) & 0xFF) + "." + ((value >> 16) & 0xFF) + "." + ((value >> 8) & 0xFF) + "." + (value & 0xFF);
    }
}
