package dev.aegisplanner.model.advisor;

import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A placement of a pool's IPv4 addresses: for each address the data centers that hold it and their shares. Applying
 * it to a topology gives the pool exactly these IPv4 addresses (its IPv6 entries stay), takes every one of them
 * off every server and out of every {@code ipCapacity}, then gives each holding's servers the address and its data
 * center the share. Everything else, other pools' addresses included, stays as it was.
 */
public record Placement(String pool, List<AddressPlacement> addresses) {

    public Placement {
        addresses = List.copyOf(addresses);
    }

    /** The distinct locations holding any of the addresses. */
    public Set<String> locations() {
        Set<String> locations = new java.util.TreeSet<>();
        addresses.forEach(a -> locations.addAll(a.locations()));
        return locations;
    }

    /** The distinct data centers holding any of the addresses. */
    public Set<String> dataCenters() {
        Set<String> dataCenters = new java.util.TreeSet<>();
        addresses.forEach(a -> a.holdings().forEach(h -> dataCenters.add(h.dataCenter())));
        return dataCenters;
    }

    public Topology applyTo(Topology topology) {
        Set<String> placed = new HashSet<>();
        addresses.forEach(a -> placed.add(a.address()));
        Set<String> cleared = new HashSet<>(placed);
        Map<String, List<String>> addedToServer = new HashMap<>();
        Map<String, Map<String, Double>> addedToDataCenter = new HashMap<>();
        for (AddressPlacement address : addresses) {
            for (Holding holding : address.holdings()) {
                addedToDataCenter.computeIfAbsent(holding.dataCenter(), k -> new LinkedHashMap<>())
                        .put(address.address(), holding.share());
                holding.servers().forEach(s -> addedToServer.computeIfAbsent(s, k -> new ArrayList<>())
                        .add(address.address()));
            }
        }
        List<Pool> pools = new ArrayList<>();
        for (Pool p : topology.pools()) {
            if (!p.id().equals(pool)) {
                pools.add(p);
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String entry : p.addresses()) {
                if (IpAddress.parseIpv4(entry).isPresent()) {
                    cleared.add(entry);
                    if (placed.contains(entry) && !kept.contains(entry)) {
                        kept.add(entry);
                    }
                } else {
                    kept.add(entry);
                }
            }
            addresses.stream().map(AddressPlacement::address).filter(a -> !kept.contains(a)).forEach(kept::add);
            pools.add(p.withAddresses(kept));
        }
        List<Location> locations = new ArrayList<>();
        for (Location location : topology.locations()) {
            List<DataCenter> dataCenters = new ArrayList<>();
            for (DataCenter dataCenter : location.dataCenters()) {
                Map<String, Double> shares = new LinkedHashMap<>(dataCenter.ipCapacity());
                shares.keySet().removeAll(cleared);
                shares.putAll(addedToDataCenter.getOrDefault(dataCenter.id(), Map.of()));
                List<Server> servers = new ArrayList<>();
                for (Server server : dataCenter.servers()) {
                    List<String> ips = new ArrayList<>(server.egressIps());
                    ips.removeAll(cleared);
                    ips.addAll(addedToServer.getOrDefault(server.id(), List.of()));
                    servers.add(ips.equals(server.egressIps()) ? server : server.withEgressIps(ips));
                }
                dataCenters.add(dataCenter.withIpCapacity(shares).withServers(servers));
            }
            locations.add(location.withDataCenters(dataCenters));
        }
        return topology.withPools(pools).withLocations(locations);
    }

    /** The placement the topology has now for these addresses: what "before" means in a comparison. */
    static Map<String, List<String>> locationsNow(Topology topology, Set<String> addresses) {
        Map<String, Set<String>> now = new LinkedHashMap<>();
        for (Location location : topology.locations()) {
            for (DataCenter dataCenter : location.dataCenters()) {
                for (Server server : dataCenter.servers()) {
                    for (String ip : server.egressIps()) {
                        if (addresses.contains(ip)) {
                            now.computeIfAbsent(ip, k -> new java.util.TreeSet<>()).add(location.id());
                        }
                    }
                }
            }
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        now.forEach((ip, where) -> result.put(ip, List.copyOf(where)));
        return result;
    }
}
