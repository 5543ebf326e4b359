package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.edit.Failures;
import dev.aegisplanner.model.topology.ElementRef;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
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
 * demand that fails over to it or through it, and the routes that went through it: those that egress in it,
 * and, for a location, those the backbone carried through it ({@link DrillIndex} finds them). So a drill takes
 * back what the plan
 * recorded for those demand units ({@link Ledger}) and adds what they do with the element down; the routes
 * that changed come from an engine over the small {@link RoutingTopology} with the element down. Drills run in
 * parallel, report progress and stop when cancelled.
 */
public final class FailureDrills {

    private final CapacityAnalysis analysis;
    private final List<ElementRef> failures = new ArrayList<>();
    private final DrillIndex index;
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
        index = new DrillIndex(analysis);
        for (Unserved entry : analysis.report().unserved()) {
            planUnserved.merge(withoutAmount(entry), entry.connections(), Double::sum);
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
        BitSet affected = index.affected(failure);

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
            public void unserved(DemandUnit unit, Sites.DataCenterSite place, double connections,
                                 Unserved.Reason reason) {
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
            if (!index.changes(route, failure)) {
                return route;
            }
            if (failed == null) {
                RoutingTopology routing = analysis.routes().routing();
                failed = new RouteTable(routing, Failures.takeDown(routing.topology(), Set.of(failure.id())),
                        analysis.routes());
            }
            return failed.route(key, dataCenter);
        }
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
