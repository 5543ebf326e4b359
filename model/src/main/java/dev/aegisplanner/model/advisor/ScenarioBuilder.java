package dev.aegisplanner.model.advisor;

import dev.aegisplanner.model.capacity.BackboneTree;
import dev.aegisplanner.model.capacity.DemandLanding;
import dev.aegisplanner.model.geo.GreatCircle;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link Scenario} of the plan, or of the plan with one element down: where the pool's demand lands
 * (the capacity analysis's own landing, with anycast failover) and, from each location it lands in, the candidates
 * in the order of the cascade's other-location step (section 4). The cascade picks, among the locations that hold
 * an address, the closest by backbone latency when the backbone reaches any of them, else by great-circle distance;
 * ranking every candidate the backbone reaches ahead of every one it does not, and the ingress location itself
 * first, makes "the first holder in this order" exactly that choice, whichever candidates end up holding.
 */
final class ScenarioBuilder {

    private final Topology topology;
    private final CandidateSites candidates;
    private final PoolDemand demand;
    private final Map<String, Integer> groups = new HashMap<>();
    private final Map<String, List<Link>> adjacency;
    private final Map<String, Location> locations = new HashMap<>();

    ScenarioBuilder(Topology topology, CandidateSites candidates, PoolDemand demand) {
        this.topology = topology;
        this.candidates = candidates;
        this.demand = demand;
        List<String> origins = demand.originAddresses();
        for (int g = 0; g < origins.size(); g++) {
            groups.put(origins.get(g), g);
        }
        topology.locations().forEach(l -> locations.putIfAbsent(l.id(), l));
        this.adjacency = BackboneTree.adjacency(topology.links(), locations::containsKey);
    }

    int groupCount() {
        return groups.size();
    }

    /**
     * @throws NoPlacementException when demand can land nowhere, or some landed demand has no candidate to egress
     *     from
     */
    Scenario build(ElementRef failure) {
        DemandLanding landed = DemandLanding.of(topology, demand.entries(), failure);
        if (!landed.stranded().isEmpty()) {
            double stranded = landed.stranded().stream().mapToDouble(DemandLanding.Share::connections).sum();
            throw NoPlacementException.infeasible(Figures.connections(stranded) + " connections of zone "
                    + landed.stranded().get(0).zone() + " can land nowhere" + with(failure)
                    + ": no up location has an up server in an up data center");
        }
        String failedLocation = failure != null && failure.kind() == ElementKind.LOCATION ? failure.id() : null;
        int lostPrimary = -1;
        int lostSecondary = -1;
        int closed = -1;
        if (failure != null && failure.kind() == ElementKind.DATA_CENTER) {
            for (Candidate c : candidates.all()) {
                if (failure.id().equals(c.primary())) {
                    if (c.hasSecondary()) {
                        lostPrimary = c.index();
                    } else {
                        closed = c.index();
                    }
                } else if (failure.id().equals(c.secondary())) {
                    lostSecondary = c.index();
                }
            }
        }
        if (failedLocation != null && candidates.get(failedLocation) != null) {
            closed = candidates.get(failedLocation).index();
        }
        Map<String, double[][]> byLocation = new LinkedHashMap<>();
        for (DemandLanding.Share share : landed.landed()) {
            if (share.connections() <= 0) {
                continue;
            }
            double[][] amounts = byLocation.computeIfAbsent(share.location(),
                    k -> new double[][] {new double[groups.size()], new double[groups.size()]});
            int group = groups.get(share.originAddress());
            amounts[0][group] += share.connections();
            Candidate home = candidates.get(share.location());
            if (home != null && share.dataCenter().equals(home.secondary())) {
                amounts[1][group] += share.connections();
            }
        }
        List<Scenario.Ingress> ingresses = new ArrayList<>();
        for (Map.Entry<String, double[][]> entry : byLocation.entrySet()) {
            ingresses.add(ingress(entry.getKey(), entry.getValue(), failure, failedLocation, closed));
        }
        return new Scenario(failure, ingresses, lostPrimary, lostSecondary);
    }

    private Scenario.Ingress ingress(String id, double[][] amounts, ElementRef failure, String failedLocation,
                                     int closed) {
        Location from = locations.get(id);
        BackboneTree tree = new BackboneTree(id, adjacency, l -> isPassable(l, failedLocation));
        record Ranked(Candidate candidate, boolean reached, double value) {
        }
        List<Ranked> others = new ArrayList<>();
        Candidate self = candidates.get(id);
        for (Candidate c : candidates.all()) {
            if (c.index() == closed || c == self) {
                continue;
            }
            boolean reached = tree.reaches(c.id());
            others.add(new Ranked(c, reached, reached ? tree.latencyMs(c.id()) : km(from, c.location())));
        }
        others.sort(Comparator.comparing((Ranked r) -> !r.reached()).thenComparingDouble(Ranked::value)
                .thenComparing(r -> r.candidate().id()));
        boolean selfCandidate = self != null && self.index() != closed;
        int size = others.size() + (selfCandidate ? 1 : 0);
        int[] order = new int[size];
        double[] forwardMs = new double[size];
        int k = 0;
        if (selfCandidate) {
            order[k++] = self.index();
        }
        for (Ranked r : others) {
            order[k] = r.candidate().index();
            forwardMs[k++] = r.reached() ? r.value() : GreatCircle.estimatedLatencyMs(r.value());
        }
        if (size == 0) {
            throw NoPlacementException.infeasible("demand that lands in " + id + " has no location to egress from"
                    + with(failure));
        }
        return new Scenario.Ingress(id, self == null ? -1 : self.index(), amounts[0], amounts[1], order, forwardMs);
    }

    private boolean isPassable(String location, String failedLocation) {
        Location l = locations.get(location);
        return l != null && l.status().isUp() && !location.equals(failedLocation);
    }

    private static double km(Location a, Location b) {
        return GreatCircle.km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    private static String with(ElementRef failure) {
        return failure == null ? "" : " with " + failure.id() + " down";
    }
}
