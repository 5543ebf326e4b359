package dev.aegisplanner.model.advisor;

import dev.aegisplanner.model.capacity.DrillOutcome;
import dev.aegisplanner.model.capacity.DrillReport;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

/**
 * The placement advisor of PRODUCT.md section 8: where a pool's IPv4 addresses should go.
 *
 * <h2>Solver</h2>
 * SCIP, a mixed-integer solver, through OR-Tools' {@code MPSolver}. Without capacity the problem is a p-median
 * (at most 4 x N locations hold, each ingress served by its closest holder), whose LP relaxation is famously tight;
 * SCIP's bound from it proves small pools optimal in seconds and bounds the planet within 0.14 % in 10 s.
 * CP-SAT was tried first: on the planet its presolve alone took 18 s and it found no placement in 30 s (see the
 * README's benchmarks). The closest-assignment variables are continuous (integral whenever the location choices are), so
 * only location choices branch; latencies stay in floating point; shares are whole thousandths, as a planner
 * writes them.
 *
 * <h2>The model, in two parts</h2>
 * <ul>
 *   <li><b>Candidates</b> ({@link CandidateSites}): locations that are up, inside the regions of every zone using
 *       the pool, not excluded, with an up data center that has an up server. In each, the eligible data center
 *       with the smallest id holds the location's addresses, on every up server: the cascade picks that data
 *       center inside the location whenever it holds. With N-1 the next data center by id may hold them too, so the
 *       location survives losing either; without N-1 a second data center never helps (capacity is shares of the
 *       same addresses) and ties prefer fewer.</li>
 *   <li><b>Where demand lands</b> is the capacity analysis's own landing ({@code DemandLanding}).</li>
 *   <li><b>Closest assignment, as the cascade decides</b> ({@link ScenarioBuilder}): from each ingress location
 *       the candidates are ranked: itself first, then those the backbone reaches by latency, then the rest by
 *       great-circle distance, ties by id. The first holder in that order is exactly the cascade's choice, whichever
 *       candidates hold, because "backbone if it reaches any holder, else great circle" ranks every reached
 *       candidate ahead of every unreached one.</li>
 *   <li><b>Locations</b> ({@link LocationModel}): which candidates hold, what capacity each data center needs,
 *       cumulative {@code reach} variables forcing each ingress to its closest holder, capacity per data center and
 *       origin IPv4:port with a connection of headroom, at most 4 x N holders, the latency objective.</li>
 *   <li><b>Addresses</b> ({@link AddressModel}): which addresses each chosen location holds (one to four locations
 *       per address) and the shares in thousandths, covering what each data center needs; pins.</li>
 *   <li><b>Objective</b>: the plan's landed IPv4 demand times forward latency (backbone, else great-circle km / 100)
 *       plus origin latency (km / 100 from the egress location; 0 without coordinates). Ties: with the latency
 *       held at its proven optimum, further solves ask for fewer locations, then data centers, until there are
 *       none; the address model minimises placements.</li>
 *   <li><b>Exactness</b> ({@link PlacementSolver}): the location model is a relaxation (capacity per location,
 *       orders looked at a short way), so its optimum is the answer once it is realisable; otherwise orders are
 *       extended or the choice cut off and it is solved again. A time limit returns the best realisable placement
 *       seen with its gap to the best bound proven.</li>
 *   <li><b>N-1</b>, by scenario generation: solve, apply, run the capacity analysis's own failure drills; every
 *       failure that hurts becomes a scenario (its own landing, ranking without the element, the same holders and
 *       shares) and the model is solved again, until no drill hurts.</li>
 * </ul>
 * Spare capacity of each address is handed out evenly over the data centers holding it, so shares add up to 1. The
 * result is verified, not trusted ({@link Verifier}): applied to a copy, validated, run through the capacity
 * analysis (and N-1), and the objective recomputed from that run must agree with the solver's, or the advisor fails
 * loudly ({@link IllegalStateException}).
 */
public final class PlacementAdvisor {

    private static final int MOST_ADDRESSES = 64;

    private final Topology topology;
    private final PlacementRequest request;
    private final AdvisorProgress progress;
    private final Pool pool;
    private final PoolDemand demand;
    private final CandidateSites sites;
    private final ScenarioBuilder scenarios;
    private final double[][] originMs;
    private final long deadline;

    private PlacementAdvisor(Topology topology, PlacementRequest request, AdvisorProgress progress) {
        this.topology = topology;
        this.request = request;
        this.progress = progress;
        this.deadline = System.nanoTime() + request.timeLimit().toNanos();
        this.pool = topology.pool(request.pool()).orElseThrow(
                () -> NoPlacementException.badRequest("pool " + request.pool() + " does not exist"));
        this.demand = new PoolDemand(topology, pool.id());
        if (demand.zones().isEmpty()) {
            throw NoPlacementException.badRequest("no zone uses pool " + pool.id() + ", so nothing egresses from it");
        }
        if (demand.entries().stream().noneMatch(d -> d.connections() > 0)) {
            throw NoPlacementException.infeasible("pool " + pool.id() + " has no IPv4 demand to place addresses for:"
                    + " add demand for its zones (" + String.join(", ", demand.zones().stream().map(z -> z.id())
                    .toList()) + ")");
        }
        this.sites = new CandidateSites(topology, demand.zones(), request.exclude());
        if (sites.all().isEmpty()) {
            throw NoPlacementException.infeasible(sites.whyNone(pool.id(), request.exclude()));
        }
        this.scenarios = new ScenarioBuilder(topology, sites, demand);
        List<String> groups = demand.originAddresses();
        originMs = new double[sites.all().size()][groups.size()];
        for (Candidate c : sites.all()) {
            for (int g = 0; g < groups.size(); g++) {
                originMs[c.index()][g] = PlanFigures.originMs(c.location(), demand.origin(groups.get(g)));
            }
        }
    }

    /** The best placement for the request, without progress. */
    public static Suggestion suggest(Topology topology, PlacementRequest request) {
        return suggest(topology, request, AdvisorProgress.NONE);
    }

    /**
     * The best placement for the request.
     *
     * @throws NoPlacementException when no placement meets the constraints, or the request cannot be asked
     * @throws IllegalArgumentException when the topology has errors (they block the engine)
     * @throws CancellationException when {@code progress} asks to stop
     */
    public static Suggestion suggest(Topology topology, PlacementRequest request, AdvisorProgress progress) {
        List<Problem> errors = blockingErrors(topology, request.pool());
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("the topology has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + " besides the pool's placement; the first: " + errors.get(0).pointer() + " "
                    + errors.get(0).message());
        }
        return new PlacementAdvisor(topology, request, progress).run();
    }

    /**
     * The errors that stop the advisor: those of the topology with the pool's IPv4 addresses held nowhere. Errors in
     * the placement it replaces (an address in five locations, shares over 1) are what it is asked to fix.
     */
    public static List<Problem> blockingErrors(Topology topology, String pool) {
        return Validator.validate(withoutPlacement(topology, pool)).stream().filter(Problem::isError).toList();
    }

    private static Topology withoutPlacement(Topology topology, String poolId) {
        return topology.pool(poolId).map(pool -> new Placement(poolId, new AddressSupply(topology, pool).own().stream()
                .map(a -> new AddressPlacement(a, List.of())).toList()).applyTo(topology)).orElse(topology);
    }

    private Suggestion run() {
        long start = System.nanoTime();
        AddressSupply supply = new AddressSupply(topology, pool);
        checkRequest(supply.own());
        Scenario base = scenarios.build(null);
        Attempt attempt = switch (request.count().mode()) {
            case POOL -> {
                if (supply.own().isEmpty()) {
                    throw NoPlacementException.badRequest("pool " + pool.id()
                            + " has no IPv4 address to place: ask for a number of addresses, or the fewest");
                }
                yield place(supply.own(), base);
            }
            case EXACTLY -> place(supply.first(request.count().count()), base);
            case FEWEST -> fewest(supply, base);
        };
        return new Verifier(topology, demand, pool.id(), progress).verify(attempt.placement(), attempt.solved(),
                attempt.scenarios(), request.nMinusOne(), supply.own(), (System.nanoTime() - start) / 1e9);
    }

    private Attempt fewest(AddressSupply supply, Scenario base) {
        int from = Math.max(1, (int) Math.ceil(largestOrigin(base) / 40_000 - 1e-9));
        from = Math.max(from, (forcedLocations().size() + 3) / 4);
        for (Pin pin : request.pins()) {
            from = Math.max(from, supply.own().indexOf(pin.address()) + 1);
        }
        NoPlacementException last = null;
        for (int n = from; n <= MOST_ADDRESSES; n++) {
            try {
                return place(supply.first(n), base);
            } catch (NoPlacementException e) {
                if (e.kind() != NoPlacementException.Kind.INFEASIBLE) {
                    throw e;
                }
                last = e;
            }
        }
        throw NoPlacementException.infeasible("no placement of up to " + MOST_ADDRESSES
                + " addresses meets the constraints; with " + MOST_ADDRESSES + ": " + last.getMessage());
    }

    /** A solved and N-1-checked placement of these addresses, before verification. */
    private record Attempt(List<String> addresses, PlacementSolver.Solved solved, Placement placement,
                           int scenarios) {
    }

    private Attempt place(List<String> addresses, Scenario base) {
        int n = addresses.size();
        checkFits(n, base);
        List<Set<Integer>> pins = pinsByAddress(addresses);
        Set<Integer> keep = new HashSet<>();
        request.keep().forEach(id -> keep.add(sites.get(id).index()));
        PlacementProblem problem = PlacementProblem.of(sites.all(), n, demand.originAddresses().size(), originMs,
                base, request.nMinusOne(), pins, keep);
        Set<ElementRef> drilled = new HashSet<>();
        PlacementProblem.Choice hint = null;
        List<ElementRef> added = List.of();
        while (true) {
            checkCancelled();
            int failures = problem.scenarios().size() - 1;
            progress.phase("Placing " + n + (n == 1 ? " address" : " addresses")
                    + (failures > 0 ? ", surviving " + failures + (failures == 1 ? " failure" : " failures") : ""));
            PlacementSolver.Solved solved = PlacementSolver.solve(problem, deadline, hint, progress);
            if (solved == null) {
                throw NoPlacementException.infeasible(whyInfeasible(n, base, added));
            }
            hint = solved.choice();
            Placement placement = placement(addresses, solved);
            Attempt attempt = new Attempt(addresses, solved, placement, problem.scenarios().size() - 1);
            if (!request.nMinusOne()) {
                return attempt;
            }
            progress.phase("Checking every single failure");
            DrillReport drills = new Verifier(topology, demand, pool.id(), progress).drills(placement.applyTo(topology));
            if (drills.holds()) {
                return attempt;
            }
            List<ElementRef> fresh = new ArrayList<>();
            for (DrillOutcome outcome : drills.failures()) {
                if (drilled.add(outcome.failure())) {
                    fresh.add(outcome.failure());
                }
            }
            if (fresh.isEmpty()) {
                throw new IllegalStateException("the advisor's model disagrees with the failure drills: "
                        + drills.failures().get(0).failure() + " still hurts the placement it was solved for");
            }
            for (ElementRef failure : fresh) {
                problem.add(scenarios.build(failure), hint);
            }
            added = fresh;
        }
    }

    /** The solver's holdings, with each address's spare capacity handed out evenly over its holders. */
    private Placement placement(List<String> addresses, PlacementSolver.Solved solved) {
        PlacementSolver.Assignment assignment = solved.assignment();
        List<AddressPlacement> placed = new ArrayList<>();
        for (int a = 0; a < addresses.size(); a++) {
            List<Candidate> at = new ArrayList<>();
            List<Boolean> atSecond = new ArrayList<>();
            List<Integer> units = new ArrayList<>();
            for (Candidate c : sites.all()) {
                if (assignment.holds()[a][c.index()]) {
                    at.add(c);
                    atSecond.add(false);
                    units.add(assignment.share()[a][c.index()]);
                    if (solved.choice().second()[c.index()]) {
                        at.add(c);
                        atSecond.add(true);
                        units.add(assignment.shareSecond()[a][c.index()]);
                    }
                }
            }
            int spare = PlacementProblem.SHARE_UNITS - units.stream().mapToInt(Integer::intValue).sum();
            List<Holding> holdings = new ArrayList<>();
            for (int i = 0; i < at.size(); i++) {
                int share = units.get(i) + spare / at.size() + (i < spare % at.size() ? 1 : 0);
                Candidate c = at.get(i);
                boolean second = atSecond.get(i);
                holdings.add(new Holding(c.id(), second ? c.secondary() : c.primary(),
                        share / (double) PlacementProblem.SHARE_UNITS,
                        second ? c.secondaryServers() : c.primaryServers()));
            }
            placed.add(new AddressPlacement(addresses.get(a), holdings));
        }
        return new Placement(pool.id(), placed);
    }

    private void checkRequest(List<String> own) {
        for (String id : request.keep()) {
            if (request.exclude().contains(id)) {
                throw NoPlacementException.badRequest(id + " is both kept and excluded");
            }
            requireCandidate(id, "keep " + id);
        }
        for (String id : request.exclude()) {
            if (topology.location(id).isEmpty()) {
                throw NoPlacementException.badRequest("exclude " + id + ": no location " + id);
            }
        }
        for (Pin pin : request.pins()) {
            requireCandidate(pin.location(), "pin " + pin);
        }
    }

    private void requireCandidate(String id, String what) {
        if (topology.location(id).isEmpty()) {
            throw NoPlacementException.badRequest(what + ": no location " + id);
        }
        if (request.exclude().contains(id)) {
            throw NoPlacementException.badRequest(what + ": " + id + " is excluded");
        }
        if (sites.get(id) == null) {
            String why = !sites.allowed(topology.location(id).get())
                    ? "it is outside the regions of a zone using pool " + pool.id()
                    : "it is down or has no up server in an up data center";
            throw NoPlacementException.badRequest(what + ": " + id + " cannot hold the pool's addresses, " + why);
        }
    }

    private List<Set<Integer>> pinsByAddress(List<String> addresses) {
        List<Set<Integer>> pins = new ArrayList<>();
        addresses.forEach(a -> pins.add(new TreeSet<>()));
        for (Pin pin : request.pins()) {
            int a = addresses.indexOf(pin.address());
            if (a < 0) {
                throw NoPlacementException.badRequest("pin " + pin + ": " + pin.address()
                        + " is not one of the addresses placed (" + String.join(", ", addresses) + ")");
            }
            pins.get(a).add(sites.get(pin.location()).index());
            if (pins.get(a).size() > PlacementProblem.LOCATIONS_PER_ADDRESS) {
                throw NoPlacementException.badRequest("pins put " + pin.address() + " in more than 4 locations");
            }
        }
        return pins;
    }

    private Set<String> forcedLocations() {
        Set<String> forced = new TreeSet<>(request.keep());
        request.pins().forEach(p -> forced.add(p.location()));
        return forced;
    }

    /** Reasons a planner reads at once, before any search. */
    private void checkFits(int n, Scenario base) {
        double[] totals = totals(base);
        List<String> groups = demand.originAddresses();
        for (int g = 0; g < totals.length; g++) {
            if (totals[g] > n * 40_000.0) {
                throw NoPlacementException.infeasible("demand to origin " + demand.origin(groups.get(g)).id() + " ("
                        + groups.get(g) + ", " + Figures.connections(totals[g]) + " connections) exceeds " + n
                        + " x 40,000");
            }
        }
        Set<String> forced = forcedLocations();
        if (forced.size() > 4 * n) {
            throw NoPlacementException.infeasible("more than 4 x " + n + " locations must hold an address ("
                    + forced.size() + " kept or pinned: " + String.join(", ", forced) + ")");
        }
    }

    private double largestOrigin(Scenario base) {
        double largest = 0;
        for (double total : totals(base)) {
            largest = Math.max(largest, total);
        }
        return largest;
    }

    private double[] totals(Scenario base) {
        double[] totals = new double[demand.originAddresses().size()];
        for (Scenario.Ingress ingress : base.ingresses()) {
            for (int g = 0; g < totals.length; g++) {
                totals[g] += ingress.demand()[g];
            }
        }
        return totals;
    }

    private String whyInfeasible(int n, Scenario base, List<ElementRef> added) {
        String count = n + (n == 1 ? " address" : " addresses");
        if (!added.isEmpty()) {
            return "no placement of " + count + " survives every single failure: none holds with "
                    + String.join(", ", added.stream().map(ElementRef::id).toList())
                    + " down as well as with everything up";
        }
        List<String> groups = demand.originAddresses();
        double[] totals = totals(base);
        int largest = 0;
        for (int g = 1; g < totals.length; g++) {
            largest = totals[g] > totals[largest] ? g : largest;
        }
        return "no placement of " + count + " keeps every data center within capacity with nothing unserved"
                + " (origin " + demand.origin(groups.get(largest)).id() + " needs "
                + Figures.connections(totals[largest]) + " of " + n + " x 40,000 connections, where its demand"
                + " egresses, with each address in at most 4 locations"
                + (forcedLocations().isEmpty() ? "" : " and " + String.join(", ", forcedLocations()) + " holding one")
                + ")";
    }

    private void checkCancelled() {
        if (progress.cancelled()) {
            throw new CancellationException("placement search cancelled");
        }
    }
}
