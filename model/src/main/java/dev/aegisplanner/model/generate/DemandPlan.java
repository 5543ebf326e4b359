package dev.aegisplanner.model.generate;

import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demand for a generated topology: an entry in every location for every zone, so the capacity analysis has
 * the most work a plan can give it (the benchmarks' planet). A zone's requests go to its customer's origin
 * ({@code www.acme.example} and {@code eu.acme.example} to {@code acme-origin}); the shared zone's to the first
 * origin. Each entry is between 100 and 600 peak connections, IPv4 where the origin has an IPv4 address; the
 * same seed gives the same demand.
 */
public final class DemandPlan {

    private static final int LEAST = 100;
    private static final int SPREAD = 500;

    private DemandPlan() {
    }

    public static Topology everywhere(Topology topology, long seed) {
        Random random = new Random(seed);
        Map<String, Origin> originOfPool = new HashMap<>();
        for (Origin origin : topology.origins()) {
            if (origin.id().endsWith("-origin")) {
                originOfPool.putIfAbsent(origin.id().substring(0, origin.id().length() - "-origin".length()), origin);
            }
        }
        List<Demand> demand = new ArrayList<>(topology.zones().size() * topology.locations().size());
        for (Zone zone : topology.zones()) {
            Origin origin = zone.hasPool() ? originOfPool.get(zone.pool())
                    : topology.origins().isEmpty() ? null : topology.origins().get(0);
            if (origin == null) {
                continue;
            }
            for (Location location : topology.locations()) {
                Demand entry = Demand.inLocation(zone.id(), origin.id(), location.id(), LEAST + random.nextInt(SPREAD));
                demand.add(origin.ipv4() != null ? entry
                        : new Demand(entry.zone(), entry.origin(), entry.location(), null, entry.connections(),
                                Family.IPV6));
            }
        }
        return topology.withDemand(demand);
    }
}
