package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.edit.Failures;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * N-1 (PRODUCT.md section 7, "Failure drills"): the plan's analysis with each single data center down, then
 * each single location down (those the plan already has down are skipped: taking them down changes nothing).
 * For every row, its worst utilization and the failure behind it; the failures that hurt: they leave more demand
 * unserved than the plan does, or put a row over 100 % that the plan keeps at or below.
 *
 * <p>A drill does not start over. Taking an element down changes only the demand placed in its location, the
 * demand that already fails over (its target may move), and the routes that went through it: those that
 * egress in it, and, for a location, those the backbone carried through it (if a path of the same latency
 * avoids it, the choice stands, since other candidates only get farther). So a drill takes back what the plan
 * recorded for those demand units ({@link Ledger}) and adds what they do with the element down; the routes
 * that changed come from an engine over the small {@link RoutingTopology} with the element down. Drills run in
 * parallel, report progress and stop when cancelled.
 */
public final class FailureDrills {

    private final CapacityAnalysis analysis;
    private final List<ElementRef> failures = new ArrayList<>();
    // Routes are the table's own instances: found by identity, without hashing their outcomes for every drill.
    private final Map<RouteTable.Route, List<Integer>> unitsOfRoute = new IdentityHashMap<>();
    private final Map<String, List<RouteTable.Route>> byEgressDataCenter = new HashMap<>();
    private final Map<String, List<RouteTable.Route>> byEgressLocation = new HashMap<>();
    private final Map<String, List<RouteTable.Route>> byPath = new HashMap<>();
    private final Map<String, List<Integer>> unitsAtHome = new HashMap<>();
    private final Map<String, List<Integer>> movedThrough = new HashMap<>();
    private final Map<String, BackboneTree> trees = new ConcurrentHashMap<>();
    private final Map<Unserved, Double> planUnserved = new HashMap<>();

    FailureDrills(CapacityAnalysis analysis) {
        this.analysis = analysis;
        Sites sites = analysis.sites();
        for (Sites.LocationSite location : sites.locations()) {
            for (Sites.DataCenterSite dataCenter : location.dataCenters()) {
                if (dataCenter.up() && dataCenter.locationUp()) {
                    failures.add(ElementRef.dataCenter(dataCenter.id()));
                }
            }
        }
        sites.locations().stream().filter(Sites.LocationSite::isUp)
                .forEach(l -> failures.add(ElementRef.location(l.id())));
        index(analysis.land(Outage.NONE));
    }

    private void index(List<Landing.Landed> landed) {
        Plan plan = analysis.plan();
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
        for (Unserved entry : analysis.report().unserved()) {
            planUnserved.merge(withoutAmount(entry), entry.connections(), Double::sum);
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
            Sites sites = analysis.sites();
            BackboneTree tree = trees.computeIfAbsent("failover " + home, k -> new BackboneTree(home,
                    analysis.adjacency(), id -> sites.location(id) != null && sites.location(id).isUp()));
            for (String via : tree.via(target)) {
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

    /** The failures drilled, in order: data centers in file order, then locations. */
    public List<ElementRef> failures() {
        return List.copyOf(failures);
    }

    /** Every drill, on all cores, without progress. */
    public DrillReport run() {
        return run(DrillProgress.NONE);
    }

    public DrillReport run(DrillProgress progress) {
        return run(progress, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Every drill on {@code parallelism} threads.
     *
     * @throws CancellationException when {@code progress} asks to stop, or the calling thread is interrupted
     */
    public DrillReport run(DrillProgress progress, int parallelism) {
        DrillTally tally = new DrillTally(analysis.report());
        AtomicInteger done = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, parallelism));
        try {
            pool.submit(() -> IntStream.range(0, failures.size()).parallel().forEach(i -> {
                if (progress.cancelled()) {
                    throw new CancellationException("failure drills cancelled");
                }
                tally.add(i, drill(failures.get(i)));
                progress.update(done.incrementAndGet(), failures.size());
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("failure drills interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return tally.report(failures, analysis.grid());
    }

    /** One drill: the rows' figures and the unserved demand with {@code failure} down. */
    DrillTally.Drill drill(ElementRef failure) {
        Sites sites = analysis.sites();
        Outage outage = Outage.of(failure);
        boolean location = failure.kind() == ElementKind.LOCATION;
        String home = location ? failure.id() : sites.dataCenter(failure.id()).location();
        BitSet affected = new BitSet();
        unitsAtHome.getOrDefault(home, List.of()).forEach(affected::set);
        movedThrough.getOrDefault(home, List.of()).forEach(affected::set);
        List<RouteTable.Route> hit = new ArrayList<>(location ? byEgressLocation.getOrDefault(failure.id(), List.of())
                : byEgressDataCenter.getOrDefault(failure.id(), List.of()));
        if (location) {
            hit.addAll(byPath.getOrDefault(failure.id(), List.of()));
        }
        hit.forEach(route -> unitsOfRoute.get(route).forEach(affected::set));

        double[] loads = analysis.loads();
        Map<Unserved, Double> unserved = new HashMap<>(planUnserved);
        DrillRoutes routes = new DrillRoutes(failure);
        Landing landing = new Landing(sites, new FailoverTargets(sites, analysis.adjacency(), outage), outage);
        Flows.Sink sink = new Flows.Sink() {
            @Override
            public void load(int group, double connections) {
                loads[group] += connections;
            }

            @Override
            public void unserved(DemandUnit unit, double connections, Unserved.Reason reason) {
                unserved.merge(key(unit, reason), connections, Double::sum);
            }
        };
        Ledger ledger = analysis.ledger();
        for (int u = affected.nextSetBit(0); u >= 0; u = affected.nextSetBit(u + 1)) {
            DemandUnit unit = analysis.plan().units().get(u);
            ledger.takeBack(u, loads);
            for (Unserved.Reason reason : Unserved.Reason.values()) {
                double before = ledger.unserved(u, reason);
                if (before > 0) {
                    unserved.merge(key(unit, reason), -before, Double::sum);
                }
            }
            analysis.flows().run(unit, landing.land(unit), routes, sink);
        }
        int rows = analysis.grid().rowCount();
        DrillTally.Drill drill = new DrillTally.Drill(failure, new double[rows], new double[rows], new double[rows],
                unservedList(unserved));
        analysis.grid().evaluate(loads, outage, sites, drill.utilization(), drill.connections(), drill.capacity());
        return drill;
    }

    /** The plan's routes, except those the failure changes, which come from an engine with it down. */
    private final class DrillRoutes implements Flows.Routes {
        private final ElementRef failure;
        private RouteTable failed;

        DrillRoutes(ElementRef failure) {
            this.failure = failure;
        }

        @Override
        public RouteTable.Route route(RouteTable.RoutingKey key, String dataCenter) {
            RouteTable.Route route = analysis.routes().route(key, dataCenter);
            if (!changes(route)) {
                return route;
            }
            if (failed == null) {
                RoutingTopology routing = analysis.routes().routing();
                failed = new RouteTable(routing, Failures.takeDown(routing.topology(), Set.of(failure.id())));
            }
            return failed.route(key, dataCenter);
        }

        private boolean changes(RouteTable.Route route) {
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
        if (!outcome.byBackbone()) {
            return List.of();
        }
        Sites sites = analysis.sites();
        BackboneTree tree = trees.computeIfAbsent(route.location(), source -> new BackboneTree(source,
                analysis.adjacency(), id -> sites.location(id) != null && sites.location(id).isUp()));
        return tree.via(outcome.egressLocation());
    }

    private static Unserved key(DemandUnit unit, Unserved.Reason reason) {
        return new Unserved(unit.zone(), unit.origin(), unit.family(), 0, reason);
    }

    private static Unserved withoutAmount(Unserved entry) {
        return new Unserved(entry.zone(), entry.origin(), entry.family(), 0, entry.reason());
    }

    /** Amounts that round to nothing (taken back and added again) are left out. */
    private static List<Unserved> unservedList(Map<Unserved, Double> amounts) {
        List<Unserved> list = new ArrayList<>();
        amounts.forEach((key, amount) -> {
            if (amount > 1e-6) {
                list.add(new Unserved(key.zone(), key.origin(), key.family(), amount, key.reason()));
            }
        });
        list.sort(Comparator.comparingDouble(Unserved::connections).reversed().thenComparing(Unserved::zone)
                .thenComparing(Unserved::origin));
        return list;
    }
}
