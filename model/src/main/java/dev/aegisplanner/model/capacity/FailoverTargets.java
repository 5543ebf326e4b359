package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.geo.GreatCircle;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where demand goes when its location cannot take it (down, or without an eligible data center): the closest
 * other up location with an eligible data center, closeness as in section 4 measured from the failed location.
 * When the backbone reaches at least one candidate, the reached candidate with the lowest latency wins;
 * otherwise the candidate at the shortest great-circle distance. Ties go to the smaller location id. Zones'
 * regions play no part: landing is anycast, before any zone is looked at. One instance serves one outage.
 */
final class FailoverTargets {

    private final Sites sites;
    private final Outage outage;
    private final Map<String, List<Link>> adjacency;
    private final Map<String, Sites.LocationSite> answers = new HashMap<>();

    FailoverTargets(Sites sites, Map<String, List<Link>> adjacency, Outage outage) {
        this.sites = sites;
        this.adjacency = adjacency;
        this.outage = outage;
    }

    /** The location that takes the demand of {@code from}, or {@code null} when no location can. */
    Sites.LocationSite from(Sites.LocationSite from) {
        if (answers.containsKey(from.id())) {
            return answers.get(from.id());
        }
        Sites.LocationSite target = closest(from);
        answers.put(from.id(), target);
        return target;
    }

    private Sites.LocationSite closest(Sites.LocationSite from) {
        BackboneTree tree = new BackboneTree(from.id(), adjacency, this::up);
        boolean byBackbone = false;
        Sites.LocationSite best = null;
        double bestValue = Double.NaN;
        for (Sites.LocationSite candidate : sites.locations()) {
            if (candidate == from || sites.eligible(candidate, outage).isEmpty()) {
                continue;
            }
            boolean reached = tree.reaches(candidate.id());
            if (byBackbone && !reached) {
                continue;
            }
            double value = reached ? tree.latencyMs(candidate.id()) : km(from.location(), candidate.location());
            if (reached && !byBackbone) {
                byBackbone = true;
                best = null;
            }
            if (best == null || value < bestValue || (value == bestValue && candidate.id().compareTo(best.id()) < 0)) {
                best = candidate;
                bestValue = value;
            }
        }
        return best;
    }

    private boolean up(String location) {
        Sites.LocationSite site = sites.location(location);
        return site != null && site.isUp() && !outage.coversLocation(location);
    }

    private static double km(Location a, Location b) {
        return GreatCircle.km(a.lat(), a.lon(), b.lat(), b.lon());
    }
}
