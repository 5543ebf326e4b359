package dev.aegisplanner.model.advisor;

import dev.aegisplanner.model.capacity.CapacityAnalysis;
import dev.aegisplanner.model.capacity.CapacityReport;
import dev.aegisplanner.model.capacity.CapacityRow;
import dev.aegisplanner.model.capacity.Forward;
import dev.aegisplanner.model.geo.GreatCircle;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Topology;
import java.util.HashMap;
import java.util.Map;

/**
 * A pool's plan measured on the pool's IPv4 demand by the capacity analysis (the engine's cascade, landing,
 * loads): the advisor's objective recomputed from that run, never taken from the solver. The objective is the
 * sum over forwarded demand of connections x forward latency (backbone or great-circle estimate, as the analysis
 * reports it) plus, over every address row, connections x the origin latency from the row's location.
 *
 * @param objective connection-milliseconds, over the demand that is served
 * @param connections the pool's IPv4 demand
 * @param forwardedShare the part of it forwarded to another location, 0 to 1
 * @param worstUtilization the most utilized row of the pool, as a fraction; 0 without rows
 * @param unserved connections nothing serves
 */
public record PlanFigures(double objective, double connections, double forwardedShare, double worstUtilization,
                          double unserved, int locations, int dataCenters) {

    /** The objective per connection: the mean forward plus origin latency, in milliseconds. */
    public double meanLatencyMs() {
        double served = connections - unserved;
        return served <= 0 ? 0 : objective / served;
    }

    static PlanFigures of(Topology topology, PoolDemand demand, String pool) {
        return of(CapacityAnalysis.of(topology, demand.entries()), demand, pool);
    }

    static PlanFigures of(CapacityAnalysis analysis, PoolDemand demand, String pool) {
        CapacityReport report = analysis.report();
        Map<String, Location> locations = new HashMap<>();
        analysis.topology().locations().forEach(l -> locations.putIfAbsent(l.id(), l));
        double objective = 0;
        for (Forward forward : report.forwards()) {
            objective += forward.connections() * forward.extraLatencyMs();
        }
        double worst = 0;
        java.util.Set<String> holdingLocations = new java.util.TreeSet<>();
        java.util.Set<String> holdingDataCenters = new java.util.TreeSet<>();
        for (CapacityRow row : report.rows()) {
            if (!pool.equals(row.pool())) {
                continue;
            }
            objective += row.connections() * originMs(locations.get(row.location()), demand.origin(row.origin()));
            worst = Math.max(worst, row.utilization());
            holdingLocations.add(row.location());
            holdingDataCenters.add(row.dataCenter());
        }
        return new PlanFigures(objective, report.totalConnections(), report.forwardedShare(), worst,
                report.unservedConnections(), holdingLocations.size(), holdingDataCenters.size());
    }

    /** The product's estimate from a location to an origin: great-circle km / 100; 0 without coordinates. */
    static double originMs(Location from, Origin origin) {
        if (from == null || origin == null || !origin.hasCoordinates()) {
            return 0;
        }
        return GreatCircle.estimatedLatencyMs(GreatCircle.km(from.lat(), from.lon(), origin.lat(), origin.lon()));
    }
}
