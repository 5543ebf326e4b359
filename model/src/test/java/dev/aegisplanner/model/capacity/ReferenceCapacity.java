package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.geo.GreatCircle;
import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Section 7 written out as plainly as possible, for property tests to hold the analysis to: every demand entry
 * is landed by scanning the locations, every up server of every data center it lands in is traced one by one
 * with the engine on the whole topology, shares are worked out from the text of section 3, and shortest backbone
 * paths come from Floyd-Warshall with only up locations in between. No index, no cache, no projection. It
 * assumes unique ids.
 */
final class ReferenceCapacity {

    record Row(String dataCenter, String address, String origin, double connections, double capacity,
               double utilization) {
    }

    record Result(Map<String, Row> rows, double unserved, double forwarded, double unlimited) {
    }

    private final Topology topology;
    private final ForwardingEngine engine;

    ReferenceCapacity(Topology topology) {
        this.topology = topology;
        this.engine = new ForwardingEngine(topology);
    }

    Result analyse() {
        Map<String, Double> summed = new LinkedHashMap<>();
        Map<String, Demand> entries = new LinkedHashMap<>();
        for (Demand entry : topology.demand()) {
            summed.merge(entry.key(), entry.connections(), Double::sum);
            entries.putIfAbsent(entry.key(), entry);
        }
        Map<String, Double> loads = new HashMap<>();
        double[] totals = new double[3];
        for (var e : entries.entrySet()) {
            Demand entry = e.getValue();
            double connections = summed.get(e.getKey());
            Map<String, Double> landed = land(entry, connections);
            if (landed == null) {
                totals[0] += connections;
                continue;
            }
            Zone zone = topology.zone(entry.zone()).orElseThrow();
            Origin origin = topology.origin(entry.origin()).orElseThrow();
            Family family = entry.effectiveFamily();
            landed.forEach((dcId, share) -> {
                List<Server> up = dataCenter(dcId).servers().stream().filter(s -> s.status().isUp()).toList();
                for (Server server : up) {
                    double each = share / up.size();
                    TraceResult trace = engine.explain(zone.id(), server.id(), family);
                    if (trace.tier() == Tier.NO_EGRESS) {
                        totals[0] += each;
                        continue;
                    }
                    if (trace.tier() == Tier.OTHER_LOCATION) {
                        totals[1] += each;
                    }
                    if (trace.tier() == Tier.NO_AEGIS || family == Family.IPV6) {
                        totals[2] += each;
                        continue;
                    }
                    String group = trace.egress().dataCenter() + "|" + zone.pool() + "|" + origin.ipv4() + ":" + origin.port();
                    loads.merge(group, each, Double::sum);
                }
            });
        }
        return new Result(rows(loads, entries.values()), totals[0], totals[1], totals[2]);
    }

    /** Data center id to connections, or null when the demand can land nowhere. */
    private Map<String, Double> land(Demand entry, double connections) {
        Location home = entry.location() != null ? topology.location(entry.location()).orElseThrow()
                : locationOf(entry.dataCenter());
        if (entry.dataCenter() != null && eligible(home, dataCenter(entry.dataCenter()))) {
            return Map.of(entry.dataCenter(), connections);
        }
        List<DataCenter> inHome = eligibleIn(home);
        if (inHome.isEmpty()) {
            Location target = closest(home);
            if (target == null) {
                return null;
            }
            inHome = eligibleIn(target);
        }
        Map<String, Double> split = new LinkedHashMap<>();
        for (DataCenter dc : inHome) {
            split.put(dc.id(), connections / inHome.size());
        }
        return split;
    }

    private Location closest(Location from) {
        List<Location> all = topology.locations();
        int n = all.size();
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(d[i], Double.POSITIVE_INFINITY);
            d[i][i] = 0;
        }
        for (Link link : topology.links()) {
            int a = indexOf(link.from());
            int b = indexOf(link.to());
            if (a >= 0 && b >= 0 && a != b && link.latencyMs() >= 0) {
                d[a][b] = Math.min(d[a][b], link.latencyMs());
                d[b][a] = Math.min(d[b][a], link.latencyMs());
            }
        }
        for (int k = 0; k < n; k++) {
            if (!all.get(k).status().isUp()) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
                }
            }
        }
        int source = all.indexOf(from);
        List<Location> candidates = all.stream().filter(l -> l != from && !eligibleIn(l).isEmpty()).toList();
        boolean byBackbone = candidates.stream().anyMatch(c -> d[source][all.indexOf(c)] < Double.POSITIVE_INFINITY);
        Location best = null;
        double bestValue = 0;
        for (Location c : candidates) {
            double backbone = d[source][all.indexOf(c)];
            if (byBackbone && backbone == Double.POSITIVE_INFINITY) {
                continue;
            }
            double value = byBackbone ? backbone : GreatCircle.km(from.lat(), from.lon(), c.lat(), c.lon());
            if (best == null || value < bestValue || (value == bestValue && c.id().compareTo(best.id()) < 0)) {
                best = c;
                bestValue = value;
            }
        }
        return best;
    }

    private Map<String, Row> rows(Map<String, Double> loads, java.util.Collection<Demand> entries) {
        Map<String, Row> rows = new HashMap<>();
        for (Pool pool : topology.pools()) {
            for (Demand entry : entries) {
                Zone zone = topology.zone(entry.zone()).orElseThrow();
                if (!pool.id().equals(zone.pool()) || entry.effectiveFamily() != Family.IPV4) {
                    continue;
                }
                Origin origin = topology.origin(entry.origin()).orElseThrow();
                String originKey = origin.ipv4() + ":" + origin.port();
                for (String address : ipv4(pool)) {
                    for (DataCenter dc : holders(address)) {
                        String group = dc.id() + "|" + pool.id() + "|" + originKey;
                        double load = loads.getOrDefault(group, 0.0);
                        double total = 0;
                        int inService = 0;
                        for (String other : ipv4(pool)) {
                            if (holders(other).contains(dc)) {
                                total += capacity(dc, other);
                                inService += inService(dc, other) ? 1 : 0;
                            }
                        }
                        double own = capacity(dc, address);
                        boolean mine = inService(dc, address);
                        double utilization;
                        double connections;
                        if (load == 0) {
                            utilization = 0;
                            connections = 0;
                        } else if (total > 0) {
                            utilization = own == 0 ? 0 : load / total;
                            connections = load * own / total;
                        } else {
                            // The analysis's documented choice for shares of 0: spread evenly, without limit.
                            utilization = mine || inService == 0 ? Double.POSITIVE_INFINITY : 0;
                            connections = mine ? load / inService : 0;
                        }
                        rows.put(dc.id() + " " + address + " " + originKey,
                                new Row(dc.id(), address, originKey, connections, own, utilization));
                    }
                }
            }
        }
        return rows;
    }

    private double capacity(DataCenter dc, String address) {
        return inService(dc, address) ? 40_000 * share(dc, address) : 0;
    }

    private boolean inService(DataCenter dc, String address) {
        Location location = locationOf(dc.id());
        return location.status().isUp() && dc.status().isUp() && dc.servers().stream()
                .anyMatch(s -> s.status().isUp() && s.egressIps().contains(address));
    }

    /** Section 3: the explicit share, else an even split of what explicit shares leave over the holders without one. */
    private double share(DataCenter dc, String address) {
        if (dc.ipCapacity().containsKey(address)) {
            return dc.ipCapacity().get(address);
        }
        double explicit = 0;
        int without = 0;
        for (DataCenter holder : holders(address)) {
            if (holder.ipCapacity().containsKey(address)) {
                explicit += holder.ipCapacity().get(address);
            } else {
                without++;
            }
        }
        // What explicit shares leave, where 0.3 + 0.7 leaves nothing (not a rounding error).
        return (1 - explicit < 1e-9 ? 0 : 1 - explicit) / without;
    }

    private List<DataCenter> holders(String address) {
        return topology.dataCenters().filter(dc -> dc.ipCapacity().containsKey(address)
                || dc.servers().stream().anyMatch(s -> s.egressIps().contains(address))).toList();
    }

    private static List<String> ipv4(Pool pool) {
        return pool.addresses().stream().map(IpAddress::parseIpv4).flatMap(Optional::stream)
                .map(IpAddress::canonical).toList();
    }

    private boolean eligible(Location location, DataCenter dc) {
        return location.status().isUp() && dc.status().isUp() && dc.servers().stream().anyMatch(s -> s.status().isUp());
    }

    private List<DataCenter> eligibleIn(Location location) {
        return location.dataCenters().stream().filter(dc -> eligible(location, dc)).toList();
    }

    private DataCenter dataCenter(String id) {
        return topology.dataCenters().filter(dc -> dc.id().equals(id)).findFirst().orElseThrow();
    }

    private Location locationOf(String dataCenter) {
        return topology.locations().stream()
                .filter(l -> l.dataCenters().stream().anyMatch(dc -> dc.id().equals(dataCenter))).findFirst()
                .orElseThrow();
    }

    private int indexOf(String location) {
        for (int i = 0; i < topology.locations().size(); i++) {
            if (topology.locations().get(i).id().equals(location)) {
                return i;
            }
        }
        return -1;
    }
}
