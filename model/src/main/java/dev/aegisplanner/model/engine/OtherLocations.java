package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The other-location step of the cascade. Its outcome depends only on the pool, the family, the ingress
 * location and the zone's regions, so each combination is worked out once (a scan of the candidate
 * locations) and remembered; later traces from the same location read it back.
 */
final class OtherLocations {

    /**
     * Either the chosen location with the server to egress from, or none, and why either way. The reason is
     * written when first asked and kept: the fast path never asks (writing it was a tenth of a capacity analysis),
     * while an explained trace from the same location reads it back, since a long backbone path makes it the most
     * expensive part of a trace to rebuild.
     */
    static final class Outcome {
        private final ClosestLocation closest;
        private final String server;
        private final ServerPlace egress;
        private final Supplier<String> explanation;
        /** Written once by whichever thread asks first; a String is safe to publish by a race. */
        private String reason;

        Outcome(ClosestLocation closest, String server, ServerPlace egress, Supplier<String> explanation) {
            this.closest = closest;
            this.server = server;
            this.egress = egress;
            this.explanation = explanation;
        }

        ClosestLocation closest() {
            return closest;
        }

        String server() {
            return server;
        }

        ServerPlace egress() {
            return egress;
        }

        String reason() {
            String known = reason;
            if (known == null) {
                known = explanation.get();
                reason = known;
            }
            return known;
        }
    }

    private record Key(String pool, Family family, String ingressLocation, List<String> regions) {
    }

    private final Elements elements;
    private final Backbone backbone;
    private final Map<Key, Outcome> outcomes = new ConcurrentHashMap<>();

    OtherLocations(Elements elements, Backbone backbone) {
        this.elements = elements;
        this.backbone = backbone;
    }

    Outcome from(Location ingress, Zone zone, PoolEgress pool, Family family, EgressSites sites) {
        Key key = new Key(pool.id(), family, ingress.id(), zone.regions());
        Outcome known = outcomes.get(key);
        return known != null ? known : outcomes.computeIfAbsent(key, k -> decide(ingress, zone, pool, family, sites));
    }

    private Outcome decide(Location ingress, Zone zone, PoolEgress pool, Family family, EgressSites sites) {
        List<Location> candidates = new ArrayList<>();
        for (String id : sites.capableLocations()) {
            Location location = elements.location(id);
            if (!id.equals(ingress.id()) && zone.allowsRegion(location.region())) {
                candidates.add(location);
            }
        }
        if (candidates.isEmpty()) {
            return new Outcome(null, null, null, () -> failure(ingress, zone, pool, family, sites));
        }
        ClosestLocation closest = ClosestLocation.among(ingress, candidates, backbone.from(ingress.id()));
        String dataCenter = sites.firstCapableDataCenter(closest.winner().id(), null);
        String server = sites.firstCapableServer(dataCenter, null);
        return new Outcome(closest, server, elements.server(server), closest::reason);
    }

    private String failure(Location ingress, Zone zone, PoolEgress pool, Family family, EgressSites sites) {
        String where = zone.regions().isEmpty() ? "no other location" : "no other location in " + Wording.regions(zone);
        String what = family == Family.IPV4 ? "an address of pool " + pool.id() : "IPv6 of pool " + pool.id();
        String hint = new Shortfall(elements, sites, zone, family).elsewhere(ingress.id());
        return hint == null
                ? where + " has a server that can egress with " + what
                : where + " can egress with " + what + ": " + hint;
    }
}
