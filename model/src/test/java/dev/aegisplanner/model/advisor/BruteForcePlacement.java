package dev.aegisplanner.model.advisor;

import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Hop;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Section 8 by enumeration, for small plans: every way to give each of N addresses a set of one to four candidate
 * locations, each held by every up server of the location's first eligible data center; the cascade run by the
 * real engine on the plan with those locations holding (routing depends only on which locations hold, so each
 * such set is traced once); the objective summed from the engine's own hops; loads per data center and origin
 * from the engine's egress; and whether shares in thousandths (at least one where held, at most 1,000 per address)
 * can carry those loads with a connection to spare, by Gale's condition: for every set S of data centers, what S needs beyond one thousandth
 * per holding is at most what the addresses held in S have left. Nothing here shares code with the advisor but the
 * engine and the topology records.
 */
final class BruteForcePlacement {

    /** The best placement's figures: objective in connection-ms, then the tie-breaks. */
    record Best(double objective, int locations, int placements) {
    }

    private record Routing(boolean served, double objective, Map<String, Double> worstLoad) {
    }

    private final Topology plan;
    private final List<Zone> zones;
    private final List<Location> candidates = new ArrayList<>();
    private final Map<String, DataCenter> primaries = new HashMap<>();
    private final Map<Integer, Routing> routings = new HashMap<>();

    BruteForcePlacement(Topology plan, String pool) {
        this.plan = plan;
        this.zones = plan.zones().stream().filter(z -> pool.equals(z.pool())).toList();
        for (Location location : plan.locations().stream().sorted(Comparator.comparing(Location::id)).toList()) {
            if (!location.status().isUp() || !zones.stream().allMatch(z -> z.allowsRegion(location.region()))) {
                continue;
            }
            location.dataCenters().stream().filter(d -> d.status().isUp() && !upServers(d).isEmpty())
                    .min(Comparator.comparing(DataCenter::id)).ifPresent(d -> {
                        candidates.add(location);
                        primaries.put(location.id(), d);
                    });
        }
    }

    /** The best placement of {@code n} addresses, or empty when none meets the constraints. */
    Optional<Best> best(int n) {
        List<Integer> subsets = new ArrayList<>();
        for (int mask = 1; mask < 1 << candidates.size(); mask++) {
            if (Integer.bitCount(mask) <= 4) {
                subsets.add(mask);
            }
        }
        Best[] best = {null};
        enumerate(subsets, n, 0, new int[n], 0, best);
        return Optional.ofNullable(best[0]);
    }

    private void enumerate(List<Integer> subsets, int n, int from, int[] chosen, int depth, Best[] best) {
        if (depth == n) {
            consider(chosen, best);
            return;
        }
        // Addresses are interchangeable, so multisets of subsets suffice.
        for (int i = from; i < subsets.size(); i++) {
            chosen[depth] = subsets.get(i);
            enumerate(subsets, n, i, chosen, depth + 1, best);
        }
    }

    private void consider(int[] masks, Best[] best) {
        int open = 0;
        int placements = 0;
        for (int mask : masks) {
            open |= mask;
            placements += Integer.bitCount(mask);
        }
        Routing routing = routings.computeIfAbsent(open, this::route);
        if (!routing.served() || !sharesFit(masks, open, routing)) {
            return;
        }
        Best here = new Best(routing.objective(), Integer.bitCount(open), placements);
        if (best[0] == null || better(here, best[0])) {
            best[0] = here;
        }
    }

    private static boolean better(Best a, Best b) {
        double tolerance = 1e-7 * Math.max(1, Math.abs(b.objective()));
        if (Math.abs(a.objective() - b.objective()) > tolerance) {
            return a.objective() < b.objective();
        }
        return a.locations() != b.locations() ? a.locations() < b.locations() : a.placements() < b.placements();
    }

    private boolean sharesFit(int[] masks, int open, Routing routing) {
        int[] need = new int[candidates.size()];
        for (int c = 0; c < candidates.size(); c++) {
            if ((open & (1 << c)) != 0) {
                double load = routing.worstLoad().getOrDefault(primaries.get(candidates.get(c).id()).id(), 0.0);
                int holders = 0;
                for (int mask : masks) {
                    holders += (mask >> c) & 1;
                }
                // The advisor keeps one connection of headroom: capacity above the load, never equal to it.
                int units = load <= 0 ? 0 : (int) Math.ceil((Math.ceil(load - 1e-9) + 1) / 40);
                need[c] = Math.max(0, units - holders);
            }
        }
        for (int s = 1; s <= open; s++) {
            if ((s & ~open) != 0) {
                continue;
            }
            long needed = 0;
            for (int c = 0; c < candidates.size(); c++) {
                if ((s & (1 << c)) != 0) {
                    needed += need[c];
                }
            }
            long supply = 0;
            for (int mask : masks) {
                if ((mask & s) != 0) {
                    supply += 1000 - Integer.bitCount(mask);
                }
            }
            if (needed > supply) {
                return false;
            }
        }
        return true;
    }

    /** The plan with these locations' first eligible data centers holding an address, traced by the engine. */
    private Routing route(int open) {
        Set<String> holders = new java.util.HashSet<>();
        for (int c = 0; c < candidates.size(); c++) {
            if ((open & (1 << c)) != 0) {
                holders.add(primaries.get(candidates.get(c).id()).id());
            }
        }
        String address = plan.pool(zones.get(0).pool()).orElseThrow().addresses().get(0);
        Set<String> poolAddresses = Set.copyOf(plan.pool(zones.get(0).pool()).orElseThrow().addresses());
        List<Location> locations = plan.locations().stream().map(l -> l.withDataCenters(l.dataCenters().stream()
                .map(d -> d.withServers(d.servers().stream().map(s -> {
                    List<String> ips = new ArrayList<>(s.egressIps());
                    ips.removeAll(poolAddresses);
                    if (holders.contains(d.id()) && s.status().isUp()) {
                        ips.add(address);
                    }
                    return s.withEgressIps(ips);
                }).toList())).toList())).toList();
        ForwardingEngine engine = new ForwardingEngine(plan.withLocations(locations));
        Map<String, Origin> origins = plan.origins().stream().collect(Collectors.toMap(Origin::id, o -> o));
        Map<String, Map<String, Double>> loads = new HashMap<>();
        double objective = 0;
        for (Demand entry : plan.demand()) {
            if (zones.stream().noneMatch(z -> z.id().equals(entry.zone()))) {
                continue;
            }
            Location at = plan.location(entry.location()).orElseThrow();
            List<DataCenter> landing = at.dataCenters().stream()
                    .filter(d -> d.status().isUp() && !upServers(d).isEmpty()).toList();
            for (DataCenter dataCenter : landing) {
                List<Server> servers = upServers(dataCenter);
                double each = entry.connections() / landing.size() / servers.size();
                for (Server server : servers) {
                    TraceResult trace = engine.trace(new Request(entry.zone(), entry.origin(), server.id(), Family.IPV4));
                    if (trace.tier() == Tier.NO_EGRESS) {
                        return new Routing(false, 0, Map.of());
                    }
                    objective += each * latencyMs(trace);
                    Origin origin = origins.get(entry.origin());
                    loads.computeIfAbsent(trace.egress().dataCenter(), k -> new HashMap<>())
                            .merge(origin.ipv4() + ":" + origin.port(), each, Double::sum);
                }
            }
        }
        Map<String, Double> worst = new HashMap<>();
        loads.forEach((dc, byOrigin) -> worst.put(dc, byOrigin.values().stream().mapToDouble(d -> d).max().orElse(0)));
        return new Routing(true, objective, worst);
    }

    /** Forward latency (backbone, else great-circle km / 100) plus origin latency (km / 100), from the hops. */
    private static double latencyMs(TraceResult trace) {
        double total = 0;
        for (Hop hop : trace.hops()) {
            if (hop.kind() == HopKind.EGRESS_SERVER) {
                total += hop.latencyMs() != null ? hop.latencyMs() : hop.distanceKm() / 100;
            } else if (hop.kind() == HopKind.ORIGIN && hop.distanceKm() != null) {
                total += hop.distanceKm() / 100;
            }
        }
        return total;
    }

    private static List<Server> upServers(DataCenter dataCenter) {
        return dataCenter.servers().stream().filter(s -> s.status().isUp()).toList();
    }
}
