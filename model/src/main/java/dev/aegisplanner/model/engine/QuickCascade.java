package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cascade of {@link Cascade} without its explanation: the same tiers, in the same order, from the same
 * indexes, but no check, reason or hop is made. Below the pool checks the answer depends on the ingress data center
 * and on whether the ingress server can egress itself, so per zone and family each data center's answer
 * ({@link DataCenterOutcome}) is worked out the first time a request enters there and kept in an array by the data
 * center's number. A decision is then a zone lookup, two array reads and one small object; none of it follows the
 * ingress server's place into memory unless its data center has servers that can egress.
 * {@code QuickCascadeProperties} holds the answers to the explained cascade's on random worlds.
 */
final class QuickCascade {

    /** A zone as the fast path reads it; data center outcomes are filled in as requests come (a benign race). */
    private static final class ZonePlan {
        final Zone zone;
        final PoolEgress pool;
        final DataCenterOutcome[][] byDataCenter;

        ZonePlan(Zone zone, PoolEgress pool, int dataCenters) {
            this.zone = zone;
            this.pool = pool;
            this.byDataCenter = pool == null ? null : new DataCenterOutcome[Family.values().length][dataCenters];
        }
    }

    private final Elements elements;
    private final EgressIndex index;
    private final OtherLocations otherLocations;
    private final DataCenterSlots dataCenters;
    private final Map<String, ZonePlan> plans = new ConcurrentHashMap<>();

    QuickCascade(Elements elements, EgressIndex index, OtherLocations otherLocations, DataCenterSlots dataCenters) {
        this.elements = elements;
        this.index = index;
        this.otherLocations = otherLocations;
        this.dataCenters = dataCenters;
    }

    /**
     * @param zone a zone of the engine (see {@link #knows})
     * @param ingress an up server of the engine
     * @param dataCenter the number of the ingress server's data center ({@link DataCenterSlots})
     */
    Decision decide(String zone, ServerPlace ingress, int dataCenter, Family family) {
        ZonePlan plan = plans.get(zone);
        if (plan == null) {
            plan = plans.computeIfAbsent(zone, this::plan);
        }
        if (plan.pool == null) {
            return new Decision(Tier.NO_AEGIS, ingress, ingress, null, null);
        }
        if (family == Family.IPV6 && !plan.pool.hasIpv6()) {
            return new Decision(Tier.NO_EGRESS, ingress, null, null, null);
        }
        DataCenterOutcome[] known = plan.byDataCenter[family.ordinal()];
        DataCenterOutcome outcome = known[dataCenter];
        if (outcome == null) {
            // Two threads may both work it out; they reach equal answers and either may stay.
            outcome = outcome(plan, family, dataCenters.anyServer(dataCenter));
            known[dataCenter] = outcome;
        }
        return outcome.decide(ingress);
    }

    private ZonePlan plan(String id) {
        Zone zone = elements.zone(id).orElseThrow(() -> new RequestException("zone " + id + " does not exist"));
        return new ZonePlan(zone, zone.hasPool() ? index.pool(zone.pool()) : null, dataCenters.count());
    }

    /** The tiers below the pool checks, in {@link Cascade}'s order, for a request entering in {@code place}'s data center. */
    private DataCenterOutcome outcome(ZonePlan plan, Family family, ServerPlace place) {
        Zone zone = plan.zone;
        PoolEgress pool = plan.pool;
        if (!zone.regions().isEmpty() && !zone.allowsRegion(place.location().region())) {
            return otherLocation(plan, place, family, family == Family.IPV6 ? index.ipv6Sites() : pool.ipv4Sites());
        }
        if (family == Family.IPV6) {
            return DataCenterOutcome.fromIngress(Tier.IPV6_GLOBAL, pool.firstIpv6());
        }
        EgressSites sites = pool.ipv4Sites();
        String dataCenter = place.dataCenter().id();
        DataCenterOutcome others;
        String peer = sites.firstCapableServer(dataCenter, null);
        if (peer != null) {
            others = DataCenterOutcome.to(Tier.SAME_DATA_CENTER, elements.server(peer), pool.smallestIpv4().get(peer),
                    null);
        } else {
            String otherDataCenter = sites.firstCapableDataCenter(place.location().id(), dataCenter);
            if (otherDataCenter != null) {
                String other = sites.firstCapableServer(otherDataCenter, null);
                others = DataCenterOutcome.to(Tier.SAME_LOCATION, elements.server(other),
                        pool.smallestIpv4().get(other), null);
            } else {
                others = otherLocation(plan, place, family, sites);
            }
        }
        List<String> capable = sites.capableServers(dataCenter);
        if (capable.isEmpty()) {
            return others;
        }
        List<String> addresses = new ArrayList<>(capable.size());
        capable.forEach(server -> addresses.add(pool.smallestIpv4().get(server)));
        return DataCenterOutcome.sameServerElse(capable, addresses, others);
    }

    private DataCenterOutcome otherLocation(ZonePlan plan, ServerPlace place, Family family, EgressSites sites) {
        OtherLocations.Outcome outcome = otherLocations.from(place.location(), plan.zone, plan.pool, family, sites);
        if (outcome.closest() == null) {
            return DataCenterOutcome.to(Tier.NO_EGRESS, null, null, null);
        }
        String ip = family == Family.IPV4 ? plan.pool.smallestIpv4().get(outcome.server()) : plan.pool.firstIpv6();
        return DataCenterOutcome.to(Tier.OTHER_LOCATION, outcome.egress(), ip, outcome.closest().route());
    }
}
