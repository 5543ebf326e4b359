package dev.aegisplanner.model.analysis;

import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The per-address allocation of a topology's IPv4 egress addresses: one {@link AddressAllocation} for every
 * valid IPv4 address that appears in a server's {@code egressIps}, a data center's {@code ipCapacity} or a
 * pool, sorted numerically. Text that is not an IPv4 address is left out (the validator reports it).
 *
 * <p>Effective shares follow the file format: a data center's explicit {@code ipCapacity} share counts as
 * given; the data centers that hold the address without a share split what is left (1 minus the explicit
 * shares, never below 0) evenly. One pass over the topology; fine for 100,000 servers.
 */
public final class AddressAllocations {

    private final Map<IpAddress, Builder> byAddress = new HashMap<>();

    private AddressAllocations() {
    }

    public static List<AddressAllocation> of(Topology topology) {
        AddressAllocations allocations = new AddressAllocations();
        allocations.collect(topology);
        return allocations.build();
    }

    private void collect(Topology topology) {
        for (Location location : topology.locations()) {
            for (DataCenter dataCenter : location.dataCenters()) {
                for (Server server : dataCenter.servers()) {
                    for (String ip : server.egressIps()) {
                        builder(ip).ifPresent(b -> b.holdBy(location, dataCenter).servers.add(server.id()));
                    }
                }
                dataCenter.ipCapacity().forEach((ip, share) ->
                        builder(ip).ifPresent(b -> b.holdBy(location, dataCenter).explicitShares
                                .merge(dataCenter.id(), share, Double::sum)));
            }
        }
        for (Pool pool : topology.pools()) {
            for (String address : pool.addresses()) {
                builder(address).ifPresent(b -> {
                    if (b.pool == null) {
                        b.pool = pool.id();
                    }
                });
            }
        }
    }

    private Optional<Builder> builder(String text) {
        return IpAddress.parseIpv4(text).map(ip -> byAddress.computeIfAbsent(ip, Builder::new));
    }

    private List<AddressAllocation> build() {
        List<Builder> builders = new ArrayList<>(byAddress.values());
        builders.sort((a, b) -> a.address.compareNumerically(b.address));
        return builders.stream().map(Builder::build).toList();
    }

    private static final class Builder {
        private final IpAddress address;
        private String pool;
        private final TreeSet<String> locations = new TreeSet<>();
        private final TreeSet<String> dataCenters = new TreeSet<>();
        private final Map<String, Double> explicitShares = new HashMap<>();
        private final TreeSet<String> servers = new TreeSet<>();

        Builder(IpAddress address) {
            this.address = address;
        }

        Builder holdBy(Location location, DataCenter dataCenter) {
            locations.add(location.id());
            dataCenters.add(dataCenter.id());
            return this;
        }

        AddressAllocation build() {
            double explicit = explicitShares.values().stream().mapToDouble(Double::doubleValue).sum();
            long withoutShare = dataCenters.stream().filter(id -> !explicitShares.containsKey(id)).count();
            // Explicit shares that add up to 1 leave nothing, not the rounding error of adding them up.
            double left = 1 - explicit < 1e-9 ? 0 : 1 - explicit;
            double evenShare = withoutShare == 0 ? 0 : left / withoutShare;
            Map<String, Double> shares = new LinkedHashMap<>();
            for (String dataCenter : dataCenters) {
                shares.put(dataCenter, explicitShares.getOrDefault(dataCenter, evenShare));
            }
            return new AddressAllocation(address.canonical(), pool, List.copyOf(locations),
                    List.copyOf(dataCenters), shares, List.copyOf(servers));
        }
    }
}
