package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which demand units and routes of a plan a single failure can change, looked up rather than searched for
 * (see {@link FailureDrills}): the units placed in the failed element's location, the units that fail over to
 * it or through it, and the units whose routes egress in it or, for a location, pass through it on the backbone.
 * Built once per plan; read by every drill at once.
 */
final class DrillIndex {

    private final CapacityAnalysis analysis;
    // Routes are the table's own instances: found by identity, without hashing their outcomes for every drill.
    private final Map<RouteTable.Route, List<Integer>> unitsOfRoute = new IdentityHashMap<>();
    private final Map<String, List<RouteTable.Route>> byEgressDataCenter = new HashMap<>();
    private final Map<String, List<RouteTable.Route>> byEgressLocation = new HashMap<>();
    private final Map<String, List<RouteTable.Route>> byPath = new HashMap<>();
    private final Map<String, List<Integer>> unitsAtHome = new HashMap<>();
    private final Map<String, List<Integer>> movedThrough = new HashMap<>();
    private final Map<String, BackboneTree> trees = new ConcurrentHashMap<>();

    DrillIndex(CapacityAnalysis analysis) {
        this.analysis = analysis;
        Plan plan = analysis.plan();
        List<Landing.Landed> landed = analysis.land(Outage.NONE);
        for (DemandUnit unit : plan.units()) {
            Landing.Landed where = landed.get(unit.index());
            unitsAtHome.computeIfAbsent(unit.homeLocation(analysis.sites()), k -> new ArrayList<>()).add(unit.index());
            if (where.movedTo() != null) {
                indexMove(unit, where.movedTo());
            }
            for (Sites.DataCenterSite site : where.dataCenters()) {
                RouteTable.Route route = analysis.routes().route(plan.key(unit), site.id());
                List<Integer> units = unitsOfRoute.get(route);
                if (units == null) {
                    unitsOfRoute.put(route, units = new ArrayList<>());
                    indexRoute(route);
                }
                units.add(unit.index());
            }
        }
    }

    /**
     * Demand that fails over in the plan moves again only when the drill takes down its target location (or a
     * data center there, which changes the split), or a location on the backbone path that made the target the
     * closest. Demand that can land nowhere stays so: a drill only takes candidates away.
     */
    private void indexMove(DemandUnit unit, String target) {
        movedThrough.computeIfAbsent(target, k -> new ArrayList<>()).add(unit.index());
        String home = unit.homeLocation(analysis.sites());
        if (!home.equals(target)) {
            for (String via : tree(home).via(target)) {
                movedThrough.computeIfAbsent(via, k -> new ArrayList<>()).add(unit.index());
            }
        }
    }

    private void indexRoute(RouteTable.Route route) {
        for (EngineRoutes.Outcome outcome : outcomes(route)) {
            if (outcome.egressDataCenter() == null) {
                continue;
            }
            byEgressDataCenter.computeIfAbsent(outcome.egressDataCenter(), k -> new ArrayList<>()).add(route);
            byEgressLocation.computeIfAbsent(outcome.egressLocation(), k -> new ArrayList<>()).add(route);
            for (String via : via(route, outcome)) {
                byPath.computeIfAbsent(via, k -> new ArrayList<>()).add(route);
            }
        }
    }

    /** The demand units whose flows the failure may change. */
    BitSet affected(ElementRef failure) {
        boolean location = failure.kind() == ElementKind.LOCATION;
        String home = location ? failure.id() : analysis.sites().dataCenter(failure.id()).location();
        BitSet affected = new BitSet();
        unitsAtHome.getOrDefault(home, List.of()).forEach(affected::set);
        movedThrough.getOrDefault(home, List.of()).forEach(affected::set);
        List<RouteTable.Route> hit = new ArrayList<>(location ? byEgressLocation.getOrDefault(failure.id(), List.of())
                : byEgressDataCenter.getOrDefault(failure.id(), List.of()));
        if (location) {
            hit.addAll(byPath.getOrDefault(failure.id(), List.of()));
        }
        hit.forEach(route -> unitsOfRoute.get(route).forEach(affected::set));
        return affected;
    }

    /**
     * Whether the failure can change the route: it egresses in the failed data center or location, or the
     * backbone carried it through the failed location. (If another path of the same latency avoids it, the
     * choice stands, since other candidates only get farther: asking the engine again is then merely wasted.)
     */
    boolean changes(RouteTable.Route route, ElementRef failure) {
        for (EngineRoutes.Outcome outcome : outcomes(route)) {
            if (outcome.egressDataCenter() == null) {
                continue;
            }
            if (failure.kind() == ElementKind.DATA_CENTER ? failure.id().equals(outcome.egressDataCenter())
                    : failure.id().equals(outcome.egressLocation()) || via(route, outcome).contains(failure.id())) {
                return true;
            }
        }
        return false;
    }

    private static List<EngineRoutes.Outcome> outcomes(RouteTable.Route route) {
        List<EngineRoutes.Outcome> outcomes = new ArrayList<>(2);
        if (route.capable() != null) {
            outcomes.add(route.capable());
        }
        if (route.incapable() != null) {
            outcomes.add(route.incapable());
        }
        return outcomes;
    }

    /** The locations a backbone-decided forward passes through; none for any other outcome. */
    private List<String> via(RouteTable.Route route, EngineRoutes.Outcome outcome) {
        return outcome.byBackbone() ? tree(route.location()).via(outcome.egressLocation()) : List.of();
    }

    /** Shortest backbone paths from a location, through up locations (the source may be down). */
    private BackboneTree tree(String source) {
        Sites sites = analysis.sites();
        return trees.computeIfAbsent(source, s -> new BackboneTree(s, analysis.adjacency(),
                id -> sites.location(id) != null && sites.location(id).isUp()));
    }
}
