package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Zone;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cascade of {@link Cascade} without its explanation: the same tiers, in the same order, from the same
 * indexes, but no check, reason or hop is made, so a decision is a handful of lookups and one small object.
 * What a zone needs (its pool's indexes, and per family and ingress location the outcome of the other-location
 * step) is resolved once per zone and kept in a {@link ZonePlan}. {@code QuickCascadeProperties} holds the
 * answers to the explained cascade's on random worlds.
 */
final class QuickCascade {

    /** A zone as the fast path reads it; other-location outcomes are filled in as requests come (a benign race). */
    private static final class ZonePlan {
        final Zone zone;
        final PoolEgress pool;
        final OtherLocations.Outcome[][] otherLocation;

        ZonePlan(Zone zone, PoolEgress pool, int locations) {
            this.zone = zone;
            this.pool = pool;
            this.otherLocation = new OtherLocations.Outcome[Family.values().length][locations];
        }
    }

    private final Elements elements;
    private final EgressIndex index;
    private final OtherLocations otherLocations;
    private final Map<String, ZonePlan> plans = new ConcurrentHashMap<>();

    QuickCascade(Elements elements, EgressIndex index, OtherLocations otherLocations) {
        this.elements = elements;
        this.index = index;
        this.otherLocations = otherLocations;
    }

    /** @param zone resolves the zone when its plan is first made (and says why when it does not exist) */
    Decision decide(String zoneId, java.util.function.Function<String, Zone> zone, ServerPlace ingress,
                    Family family) {
        ZonePlan plan = plans.get(zoneId);
        if (plan == null) {
            Zone z = zone.apply(zoneId);
            plan = plans.computeIfAbsent(zoneId, k -> new ZonePlan(z, z.hasPool() ? index.pool(z.pool()) : null,
                    elements.locationSlots()));
        }
        if (plan.pool == null) {
            return new Decision(Tier.NO_AEGIS, ingress, ingress, null, null);
        }
        PoolEgress pool = plan.pool;
        if (family == Family.IPV6 && !pool.hasIpv6()) {
            return new Decision(Tier.NO_EGRESS, ingress, null, null, null);
        }
        Zone z = plan.zone;
        if (!z.regions().isEmpty() && !z.allowsRegion(ingress.location().region())) {
            return otherLocation(plan, ingress, family,
                    family == Family.IPV6 ? index.ipv6Sites() : pool.ipv4Sites());
        }
        if (family == Family.IPV6) {
            return new Decision(Tier.IPV6_GLOBAL, ingress, ingress, pool.firstIpv6(), null);
        }
        EgressSites sites = pool.ipv4Sites();
        String server = ingress.server().id();
        if (sites.canEgress(server)) {
            return new Decision(Tier.SAME_SERVER, ingress, ingress, pool.smallestIpv4().get(server), null);
        }
        String dataCenter = ingress.dataCenter().id();
        String peer = sites.firstCapableServer(dataCenter, server);
        if (peer != null) {
            return new Decision(Tier.SAME_DATA_CENTER, ingress, elements.server(peer), pool.smallestIpv4().get(peer),
                    null);
        }
        String otherDataCenter = sites.firstCapableDataCenter(ingress.location().id(), dataCenter);
        if (otherDataCenter != null) {
            String other = sites.firstCapableServer(otherDataCenter, null);
            return new Decision(Tier.SAME_LOCATION, ingress, elements.server(other), pool.smallestIpv4().get(other),
                    null);
        }
        return otherLocation(plan, ingress, family, sites);
    }

    private Decision otherLocation(ZonePlan plan, ServerPlace ingress, Family family, EgressSites sites) {
        OtherLocations.Outcome[] known = plan.otherLocation[family.ordinal()];
        int location = elements.locationIndex(ingress.location().id());
        OtherLocations.Outcome outcome = known[location];
        if (outcome == null) {
            outcome = otherLocations.from(ingress.location(), plan.zone, plan.pool, family, sites);
            known[location] = outcome;
        }
        if (outcome.closest() == null) {
            return new Decision(Tier.NO_EGRESS, ingress, null, null, null);
        }
        String ip = family == Family.IPV4 ? plan.pool.smallestIpv4().get(outcome.server()) : plan.pool.firstIpv6();
        return new Decision(Tier.OTHER_LOCATION, ingress, outcome.egress(), ip, outcome.closest().route());
    }
}
