package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.edit.Failures;
import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The capacity analysis of PRODUCT.md section 7: how loaded every egress address is for a demand. Built once
 * per topology and demand; the result is an immutable {@link CapacityReport}; failure drills start from it
 * ({@link #drills()}, {@link #reportWithDown}). Safe to share between threads.
 *
 * <p>The steps: demand entries with the same key add up ({@link DemandUnit}); each lands in data centers
 * ({@link Landing}, with anycast failover); each data center's share is split evenly over its up servers and
 * runs through the engine's cascade ({@link RouteTable}, which asks the engine at most twice per data center,
 * zone routing and family); the result is load per egress data center, pool and origin IPv4:port, spread over
 * the addresses in proportion to capacity ({@link CapacityGrid}).
 *
 * <h2>Where section 7 leaves room, and what this analysis does</h2>
 * <ul>
 *   <li><b>Rows</b> exist for every pool and origin IPv4:port connected by IPv4 demand (through a zone using
 *       the pool) and every data center the plan gives one of the pool's addresses, loaded or not, so a failure
 *       drill and the plan have the same rows. A data center whose servers holding the address are down shows
 *       capacity 0.</li>
 *   <li><b>Origins</b> are counted by IPv4 address and port, not by id: two origin entries with one address and
 *       port share the 40,000 connections.</li>
 *   <li><b>Shares of 0</b>: load on a data center whose addresses all have share 0 is spread evenly over them and
 *       its utilization is infinite (status {@code over}).</li>
 *   <li><b>IPv6 demand that reaches {@code NO_EGRESS}</b> (a pool without IPv6) is unserved like IPv4: it has
 *       nowhere to egress. Demand that can land nowhere (no up location with an up server) is unserved too, with
 *       its own reason.</li>
 *   <li><b>Failover</b> ignores zones' regions (landing is anycast, before any zone is looked at); a data center
 *       with no up server is not eligible, like one that is down.</li>
 *   <li><b>Forwarded</b> demand is that of the {@code OTHER_LOCATION} tier, whatever its family; its extra latency
 *       is the forward's: backbone latency when the backbone decided, else the great-circle estimate (km / 100).
 *       Failover is reported apart: it moves where demand lands, not where it egresses.</li>
 * </ul>
 */
public final class CapacityAnalysis {

    private final Topology topology;
    private final List<Demand> demand;
    private final Sites sites;
    private final Plan plan;
    private final RouteTable routes;
    private final CapacityGrid grid;
    private final Map<String, List<Link>> adjacency;
    private final Flows flows;
    private final Ledger ledger;
    private final double[] loads;
    private final CapacityReport report;

    private CapacityAnalysis(Topology topology, List<Demand> demand, CapacityAnalysis previous) {
        this.topology = topology;
        this.demand = List.copyOf(demand);
        this.sites = new Sites(topology);
        this.plan = new Plan(topology, DemandUnit.of(topology, demand, sites));
        RoutingTopology routing = RoutingTopology.of(topology);
        this.routes = previous != null && previous.routes.routing().equals(routing) ? previous.routes
                : new RouteTable(routing, previous == null ? null : previous.routes);
        this.grid = new CapacityGrid(topology, sites, plan.units(), plan.poolOfZone());
        this.adjacency = BackboneTree.adjacency(topology.links(), id -> sites.location(id) != null);
        this.flows = new Flows(sites, grid, plan);
        this.ledger = new Ledger(plan.units().size());
        ReportSink sink = new ReportSink(grid.groupCount(), sites);
        List<Landing.Landed> landed = land(Outage.NONE);
        prepareRoutes(landed, routes);
        double total = 0;
        for (DemandUnit unit : plan.units()) {
            total += unit.connections();
            flows.run(unit, landed.get(unit.index()), routes, new Tee(sink, ledger.unit(unit)));
        }
        this.loads = sink.loads();
        this.report = sink.report(grid.rows(loads, Outage.NONE, sites), total);
    }

    /** The analysis of the topology's own demand. */
    public static CapacityAnalysis of(Topology topology) {
        return new CapacityAnalysis(topology, topology.demand(), null);
    }

    /** The analysis of the topology for another demand (a demand file given on the command line). */
    public static CapacityAnalysis of(Topology topology, List<Demand> demand) {
        return new CapacityAnalysis(topology, demand, null);
    }

    /**
     * The analysis after an edit: when the edit changed nothing routing depends on (demand, shares, names,
     * layout, scenarios), the routes of {@code previous} are kept and only landing and loads are worked out
     * again, so views can recolour at once.
     */
    public static CapacityAnalysis of(Topology topology, List<Demand> demand, CapacityAnalysis previous) {
        return new CapacityAnalysis(topology, demand, previous);
    }

    public Topology topology() {
        return topology;
    }

    public CapacityReport report() {
        return report;
    }

    /**
     * "What if this fails?": the same demand with one location, data center or server down on top of the plan.
     * Shares stay as planned.
     *
     * @throws IllegalArgumentException when the element is not a location, data center or server of the topology
     */
    public CapacityReport reportWithDown(ElementRef element) {
        if (element.kind() == ElementKind.SERVER) {
            return reportWithServerDown(element);
        }
        Outage outage = Outage.of(element);
        RouteTable failed = new RouteTable(routes.routing(),
                Failures.takeDown(routes.routing().topology(), Set.of(element.id())), routes);
        List<Landing.Landed> landed = land(outage);
        prepareRoutes(landed, failed);
        ReportSink sink = new ReportSink(grid.groupCount(), sites);
        for (DemandUnit unit : plan.units()) {
            flows.run(unit, landed.get(unit.index()), failed, sink);
        }
        return sink.report(grid.rows(sink.loads(), outage, sites), report.totalConnections());
    }

    /** "What if this fails?" set against the plan: the rows it makes worse, the demand it leaves unserved. */
    public FailureImpact impactOf(ElementRef element) {
        return FailureImpact.of(element, report, reportWithDown(element));
    }

    /**
     * A server failure changes which data centers can take demand and which servers egress, so the plan is
     * analysed again with the server down. Shares do not move: a down server still holds its addresses in the
     * plan ({@link dev.aegisplanner.model.analysis.AddressAllocations}), it only stops serving them.
     */
    private CapacityReport reportWithServerDown(ElementRef server) {
        if (topology.servers().noneMatch(s -> s.id().equals(server.id()))) {
            throw new IllegalArgumentException("the topology has no " + server);
        }
        return new CapacityAnalysis(PropertyEdits.setStatus(topology, server, Status.DOWN), demand, null).report();
    }

    /** The N-1 drills of this plan: every single data center and every single location down. */
    public FailureDrills drills() {
        return new FailureDrills(this);
    }

    List<Landing.Landed> land(Outage outage) {
        Landing landing = new Landing(sites, new FailoverTargets(sites, adjacency, outage), outage);
        List<Landing.Landed> landed = new ArrayList<>(plan.units().size());
        for (DemandUnit unit : plan.units()) {
            landed.add(landing.land(unit));
        }
        return landed;
    }

    /** Works out, on every core, the routes the landed demand needs, so the flows that follow find them ready. */
    private void prepareRoutes(List<Landing.Landed> landed, RouteTable table) {
        Map<RouteTable.RoutingKey, Set<String>> needed = new HashMap<>();
        for (DemandUnit unit : plan.units()) {
            Set<String> dataCenters = needed.computeIfAbsent(plan.key(unit), k -> new LinkedHashSet<>());
            for (Sites.DataCenterSite site : landed.get(unit.index()).dataCenters()) {
                dataCenters.add(site.id());
            }
        }
        // In parallel per routing key; within a key the data centers go one by one, in file order, so those of a
        // location find the outcome the first of them was given.
        needed.entrySet().parallelStream().forEach(e -> e.getValue().forEach(dc -> table.route(e.getKey(), dc)));
    }

    Sites sites() {
        return sites;
    }

    Plan plan() {
        return plan;
    }

    RouteTable routes() {
        return routes;
    }

    CapacityGrid grid() {
        return grid;
    }

    Map<String, List<Link>> adjacency() {
        return adjacency;
    }

    Flows flows() {
        return flows;
    }

    Ledger ledger() {
        return ledger;
    }

    double[] loads() {
        return loads.clone();
    }

    /** Sends every flow to two sinks. */
    private record Tee(Flows.Sink first, Flows.Sink second) implements Flows.Sink {
        @Override
        public void load(int group, double connections) {
            first.load(group, connections);
            second.load(group, connections);
        }

        @Override
        public void unserved(DemandUnit unit, Sites.DataCenterSite place, double connections,
                             Unserved.Reason reason) {
            first.unserved(unit, place, connections, reason);
            second.unserved(unit, place, connections, reason);
        }

        @Override
        public void landed(DemandUnit unit, Sites.DataCenterSite site, double connections) {
            first.landed(unit, site, connections);
        }

        @Override
        public void forward(DemandUnit unit, String from, String to, double connections, double latencyMs) {
            first.forward(unit, from, to, connections, latencyMs);
        }

        @Override
        public void unlimited(DemandUnit unit, Tier tier, double connections) {
            first.unlimited(unit, tier, connections);
        }

        @Override
        public void failover(DemandUnit unit, String to, double connections) {
            first.failover(unit, to, connections);
        }
    }
}
