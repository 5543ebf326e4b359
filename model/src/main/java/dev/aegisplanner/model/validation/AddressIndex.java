package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A topology's IPv4 egress addresses: which pool each belongs to, and which servers hold it, in which data
 * centers and locations. Filled during the one pass over the servers ({@link LocationRules}); the address
 * rules ask it instead of scanning servers again. At 100,000 servers a pass costs what fetching them from
 * memory costs, so validation makes only one.
 */
final class AddressIndex {

    /** Who holds one IPv4 address through a server's {@code egressIps}. */
    static final class Holders {
        /** Location id to the pointer of the first {@code egressIps} entry there, in document order. */
        final Map<String, String> locations = new LinkedHashMap<>();
        final Set<String> dataCenters = new HashSet<>();
    }

    private final Map<String, Optional<IpAddress>> parsed = new HashMap<>();
    private final Map<IpAddress, Holders> holders = new HashMap<>();
    private final Map<IpAddress, String> poolOf = new HashMap<>();

    /** Knows the pools' addresses; servers are added as the pass over them comes by. */
    AddressIndex(Topology topology) {
        for (Pool pool : topology.pools()) {
            for (String address : pool.addresses()) {
                ipv4(address).ifPresent(ip -> poolOf.putIfAbsent(ip, pool.id()));
            }
        }
    }

    /** Notes the addresses a server holds; {@code li}, {@code di}, {@code si} are its place in the lists. */
    void add(Location location, DataCenter dataCenter, Server server, int li, int di, int si) {
        List<String> egressIps = server.egressIps();
        for (int k = 0; k < egressIps.size(); k++) {
            Optional<IpAddress> ip = ipv4(egressIps.get(k));
            if (ip.isPresent()) {
                Holders h = holders.computeIfAbsent(ip.get(), x -> new Holders());
                h.dataCenters.add(dataCenter.id());
                if (!h.locations.containsKey(location.id())) {
                    h.locations.put(location.id(), Places.server(li, di, si) + "/egressIps/" + k);
                }
            }
        }
    }

    /** The text as an IPv4 address, parsed once per distinct text however many servers list it. */
    Optional<IpAddress> ipv4(String text) {
        return parsed.computeIfAbsent(text, IpAddress::parseIpv4);
    }

    /** The holders of an address, or {@code null} when no server lists it. */
    Holders holders(IpAddress address) {
        return holders.get(address);
    }

    Map<IpAddress, Holders> allHolders() {
        return holders;
    }

    /** The id of the first pool that lists the address, or {@code null}. */
    String poolOf(IpAddress address) {
        return poolOf.get(address);
    }
}
