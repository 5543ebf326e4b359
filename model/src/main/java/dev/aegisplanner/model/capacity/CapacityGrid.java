package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.analysis.AddressAllocation;
import dev.aegisplanner.model.analysis.AddressAllocations;
import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The capacity side of the analysis: the rows and what each can carry. Load is kept per <i>group</i>, an egress
 * data center with a pool and an origin IPv4:port; a group's load is spread over the pool's addresses the data
 * center holds in proportion to their capacity, so all of them reach the same utilization.
 *
 * <p>Capacity of address {@code a} in data center {@code E}: {@value #CONNECTIONS_PER_ADDRESS} x the effective
 * share ({@link AddressAllocations}: explicit {@code ipCapacity}, else an even split of what explicit shares
 * leave), and only while some up server of {@code E}, in an up location, lists {@code a}. Shares are the plan:
 * a failure never moves them. Rows exist for every pool and origin that IPv4 demand connects (through a zone
 * using the pool) and every data center the plan gives one of the pool's addresses.
 */
final class CapacityGrid {

    /** Concurrent connections one egress address supports per origin IPv4:port. */
    static final double CONNECTIONS_PER_ADDRESS = 40_000;

    /** One address of a group: its effective share and whether an up server of the data center holds it. */
    record Slot(String address, double share, boolean held) {
    }

    /** The rows of one egress data center for one pool and origin. */
    record Group(int index, String dataCenter, String location, String pool, String origin, List<Slot> slots) {
    }

    private record GroupKey(String dataCenter, String pool, String origin) {
    }

    private record RowRef(Group group, int slot) {
    }

    private final List<Group> groups = new ArrayList<>();
    private final Map<GroupKey, Group> byKey = new HashMap<>();
    private final List<RowRef> rows = new ArrayList<>();

    CapacityGrid(Topology topology, Sites sites, List<DemandUnit> units, Map<String, String> poolOfZone) {
        Map<String, AddressAllocation> allocations = new HashMap<>();
        AddressAllocations.of(topology).forEach(a -> allocations.put(a.address(), a));
        Set<String> held = heldInService(topology);
        Map<String, Set<String>> originsOfPool = new TreeMap<>();
        for (DemandUnit unit : units) {
            String pool = poolOfZone.get(unit.zone());
            if (unit.family() == Family.IPV4 && pool != null) {
                originsOfPool.computeIfAbsent(pool, k -> new java.util.TreeSet<>()).add(unit.originAddress());
            }
        }
        Map<String, List<IpAddress>> addressesOfPool = addressesOfPools(topology);
        originsOfPool.forEach((pool, origins) -> {
            for (String origin : origins) {
                for (IpAddress address : addressesOfPool.getOrDefault(pool, List.of())) {
                    AddressAllocation allocation = allocations.get(address.canonical());
                    if (allocation == null) {
                        continue;
                    }
                    for (String dataCenter : allocation.dataCenters()) {
                        Sites.DataCenterSite site = sites.dataCenter(dataCenter);
                        if (site != null) {
                            addRow(site, pool, origin, new Slot(address.canonical(),
                                    allocation.shares().get(dataCenter), held.contains(dataCenter + '|' + address.canonical())));
                        }
                    }
                }
            }
        });
    }

    private void addRow(Sites.DataCenterSite site, String pool, String origin, Slot slot) {
        Group group = byKey.computeIfAbsent(new GroupKey(site.id(), pool, origin), k -> {
            Group created = new Group(groups.size(), site.id(), site.location(), pool, origin, new ArrayList<>());
            groups.add(created);
            return created;
        });
        group.slots().add(slot);
        rows.add(new RowRef(group, group.slots().size() - 1));
    }

    /** "dc|address" for every address an up server lists in an up data center of an up location. */
    private static Set<String> heldInService(Topology topology) {
        Set<String> held = new HashSet<>();
        for (Location location : topology.locations()) {
            for (DataCenter dataCenter : location.dataCenters()) {
                if (!location.status().isUp() || !dataCenter.status().isUp()) {
                    continue;
                }
                for (Server server : dataCenter.servers()) {
                    if (server.status().isUp()) {
                        for (String ip : server.egressIps()) {
                            IpAddress.parseIpv4(ip).ifPresent(a -> held.add(dataCenter.id() + '|' + a.canonical()));
                        }
                    }
                }
            }
        }
        return held;
    }

    /** Each pool's distinct IPv4 addresses, numerically sorted. */
    private static Map<String, List<IpAddress>> addressesOfPools(Topology topology) {
        Map<String, List<IpAddress>> result = new HashMap<>();
        for (Pool pool : topology.pools()) {
            Set<IpAddress> addresses = new LinkedHashSet<>();
            pool.addresses().stream().map(IpAddress::parseIpv4).flatMap(Optional::stream).forEach(addresses::add);
            List<IpAddress> sorted = new ArrayList<>(addresses);
            sorted.sort(IpAddress::compareNumerically);
            result.putIfAbsent(pool.id(), sorted);
        }
        return result;
    }

    int groupCount() {
        return groups.size();
    }

    int rowCount() {
        return rows.size();
    }

    /** The group load of this data center, pool and origin goes to, or -1 when the plan has no row for it. */
    int groupOf(String dataCenter, String pool, String origin) {
        Group group = byKey.get(new GroupKey(dataCenter, pool, origin));
        return group == null ? -1 : group.index();
    }

    /** The rows for loads per group, with the drill's outage taking capacity away. */
    List<CapacityRow> rows(double[] loads, Outage outage, Sites sites) {
        List<CapacityRow> result = new ArrayList<>(rows.size());
        double[] utilization = new double[rows.size()];
        double[] connections = new double[rows.size()];
        double[] capacities = new double[rows.size()];
        evaluate(loads, outage, sites, utilization, connections, capacities);
        for (int i = 0; i < rows.size(); i++) {
            result.add(row(i, connections[i], capacities[i], utilization[i]));
        }
        return result;
    }

    /** Row {@code i} with these figures. */
    CapacityRow row(int i, double connections, double capacity, double utilization) {
        RowRef ref = rows.get(i);
        Slot slot = ref.group().slots().get(ref.slot());
        return new CapacityRow(ref.group().location(), ref.group().dataCenter(), slot.address(), ref.group().pool(),
                ref.group().origin(), connections, capacity, utilization);
    }

    /** Utilization, connections and capacity of every row, in row order, without building rows (for drills). */
    void evaluate(double[] loads, Outage outage, Sites sites, double[] utilization, double[] connections,
                  double[] capacities) {
        for (int i = 0; i < rows.size(); i++) {
            RowRef ref = rows.get(i);
            Group group = ref.group();
            double load = loads[group.index()];
            double own = capacity(group.slots().get(ref.slot()), group, outage, sites);
            capacities[i] = own;
            if (load < 1e-6) {
                // A drill takes loads back and adds them again: what is left of a load taken away is rounding.
                load = 0;
                utilization[i] = 0;
                connections[i] = 0;
                continue;
            }
            double total = 0;
            int usable = 0;
            for (Slot slot : group.slots()) {
                if (inService(slot, group, outage, sites)) {
                    usable++;
                    total += capacity(slot, group, outage, sites);
                }
            }
            boolean mine = inService(group.slots().get(ref.slot()), group, outage, sites);
            if (total > 0) {
                connections[i] = load * (own / total);
                utilization[i] = own > 0 ? load / total : 0;
            } else {
                // Load on addresses whose shares are all 0 (or none in service): spread evenly, without limit.
                connections[i] = usable == 0 ? load / group.slots().size() : mine ? load / usable : 0;
                utilization[i] = mine || usable == 0 ? Double.POSITIVE_INFINITY : 0;
            }
        }
    }

    private static boolean inService(Slot slot, Group group, Outage outage, Sites sites) {
        return slot.held() && !outage.covers(sites.dataCenter(group.dataCenter()));
    }

    private static double capacity(Slot slot, Group group, Outage outage, Sites sites) {
        return inService(slot, group, outage, sites) ? CONNECTIONS_PER_ADDRESS * slot.share() : 0;
    }
}
