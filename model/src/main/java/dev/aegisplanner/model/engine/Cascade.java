package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.List;

/** One run of the forwarding cascade for a request that has been resolved and found valid. */
final class Cascade {

    private final Elements elements;
    private final EgressIndex index;
    private final OtherLocations otherLocations;
    private final Zone zone;
    private final ServerPlace ingress;
    private final Family family;
    private final List<Check> checks = new ArrayList<>();

    Cascade(Elements elements, EgressIndex index, OtherLocations otherLocations, Zone zone, ServerPlace ingress,
            Family family) {
        this.elements = elements;
        this.index = index;
        this.otherLocations = otherLocations;
        this.zone = zone;
        this.ingress = ingress;
        this.family = family;
    }

    CascadeRun run() {
        String ingressId = ingress.server().id();
        if (!zone.hasPool()) {
            check(Check.DEDICATED_POOL, false,
                    "zone " + zone.id() + " has no dedicated pool: " + ingressId + " egresses with a shared address");
            return decide(Tier.NO_AEGIS, ingress, null, null);
        }
        PoolEgress pool = index.pool(zone.pool());
        check(Check.DEDICATED_POOL, true, "zone " + zone.id() + " uses pool " + pool.id()
                + (pool.exists() ? "" : ", which is not in the topology: it offers no address"));
        if (family == Family.IPV6) {
            check(Check.IPV6_IN_POOL, pool.hasIpv6(), pool.hasIpv6()
                    ? "pool " + pool.id() + " has IPv6 " + pool.firstIpv6()
                    : "pool " + pool.id() + " has no IPv6 address or prefix");
            if (!pool.hasIpv6()) {
                return decide(Tier.NO_EGRESS, null, null, null);
            }
        }
        if (!zone.regions().isEmpty()) {
            boolean allowed = zone.allowsRegion(ingress.location().region());
            check(Check.REGION, allowed, Wording.region(ingress.location(), zone, allowed));
            if (!allowed) {
                return otherLocation(pool, family == Family.IPV6 ? index.ipv6Sites() : pool.ipv4Sites());
            }
        }
        if (family == Family.IPV6) {
            check(Check.IPV6_EVERYWHERE, true, "IPv6 is deployed in every data center: " + ingressId
                    + " egresses from " + pool.firstIpv6() + ", no forwarding");
            return decide(Tier.IPV6_GLOBAL, ingress, pool.firstIpv6(), null);
        }
        return sameServer(pool, pool.ipv4Sites());
    }

    private CascadeRun sameServer(PoolEgress pool, EgressSites sites) {
        String server = ingress.server().id();
        if (sites.canEgress(server)) {
            String ip = ipv4Of(pool, server);
            check(Check.SAME_SERVER, true, server + " holds " + ip + " of pool " + pool.id());
            return decide(Tier.SAME_SERVER, ingress, ip, null);
        }
        check(Check.SAME_SERVER, false, server + " holds no address of pool " + pool.id());
        return sameDataCenter(pool, sites);
    }

    private CascadeRun sameDataCenter(PoolEgress pool, EgressSites sites) {
        String dc = ingress.dataCenter().id();
        String peer = sites.firstCapableServer(dc, ingress.server().id());
        if (peer != null) {
            String ip = ipv4Of(pool, peer);
            check(Check.SAME_DATA_CENTER, true, peer + " in " + dc + " holds " + ip + " of pool " + pool.id());
            return decide(Tier.SAME_DATA_CENTER, elements.server(peer), ip, null);
        }
        String hint = shortfall(sites).inDataCenter(dc, ingress.server().id());
        check(Check.SAME_DATA_CENTER, false, hint == null
                ? "no other server in " + dc + " holds an address of pool " + pool.id()
                : "no other server in " + dc + " can egress with an address of pool " + pool.id() + ": " + hint);
        return sameLocation(pool, sites);
    }

    private CascadeRun sameLocation(PoolEgress pool, EgressSites sites) {
        String location = ingress.location().id();
        String otherDc = sites.firstCapableDataCenter(location, ingress.dataCenter().id());
        if (otherDc != null) {
            String server = sites.firstCapableServer(otherDc, null);
            String ip = ipv4Of(pool, server);
            check(Check.SAME_LOCATION, true,
                    otherDc + " in " + location + " has " + server + " with " + ip + " of pool " + pool.id());
            return decide(Tier.SAME_LOCATION, elements.server(server), ip, null);
        }
        String hint = shortfall(sites).inLocation(location, ingress.dataCenter().id());
        check(Check.SAME_LOCATION, false, hint == null
                ? "no other data center in " + location + " has a server with an address of pool " + pool.id()
                : "no other data center in " + location + " can egress with an address of pool " + pool.id()
                        + ": " + hint);
        return otherLocation(pool, sites);
    }

    private CascadeRun otherLocation(PoolEgress pool, EgressSites sites) {
        OtherLocations.Outcome outcome = otherLocations.from(ingress.location(), zone, pool, family, sites);
        if (outcome.closest() == null) {
            check(Check.OTHER_LOCATION, false, outcome.reason());
            return decide(Tier.NO_EGRESS, null, null, null);
        }
        check(Check.OTHER_LOCATION, true, outcome.reason());
        String ip = family == Family.IPV4 ? ipv4Of(pool, outcome.server()) : pool.firstIpv6();
        return decide(Tier.OTHER_LOCATION, elements.server(outcome.server()), ip, outcome.closest());
    }

    private Shortfall shortfall(EgressSites sites) {
        return new Shortfall(elements, sites, zone, family);
    }

    private static String ipv4Of(PoolEgress pool, String server) {
        return pool.smallestIpv4().get(server);
    }

    private void check(String name, boolean passed, String reason) {
        checks.add(new Check(name, passed, reason));
    }

    private CascadeRun decide(Tier tier, ServerPlace egress, String ip, ClosestLocation closest) {
        return new CascadeRun(tier, egress, ip, closest, checks);
    }
}
