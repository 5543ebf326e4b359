package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.List;

/** One run of the forwarding cascade for a request that has been resolved and found valid. */
final class Cascade {

    private final Elements elements;
    private final EgressIndex index;
    private final Backbone backbone;
    private final Zone zone;
    private final ServerPlace ingress;
    private final Family family;
    private final List<Check> checks = new ArrayList<>();

    Cascade(Elements elements, EgressIndex index, Backbone backbone, Zone zone, ServerPlace ingress, Family family) {
        this.elements = elements;
        this.index = index;
        this.backbone = backbone;
        this.zone = zone;
        this.ingress = ingress;
        this.family = family;
    }

    Decision run() {
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
        EgressSites sites = family == Family.IPV6 ? index.ipv6Sites() : pool.ipv4Sites();
        Location location = ingress.location();
        if (!zone.regions().isEmpty()) {
            boolean allowed = zone.allowsRegion(location.region());
            check(Check.REGION, allowed, Wording.region(location, zone, allowed));
            if (!allowed) {
                return otherLocation(pool, sites);
            }
        }
        if (family == Family.IPV6) {
            check(Check.IPV6_EVERYWHERE, true, "IPv6 is deployed in every data center: " + ingressId
                    + " egresses from " + pool.firstIpv6() + ", no forwarding");
            return decide(Tier.IPV6_GLOBAL, ingress, pool.firstIpv6(), null);
        }
        return sameServer(pool, sites);
    }

    private Decision sameServer(PoolEgress pool, EgressSites sites) {
        String ingressId = ingress.server().id();
        if (sites.canEgress(ingressId)) {
            String ip = ipv4Of(pool, ingressId);
            check(Check.SAME_SERVER, true, ingressId + " holds " + ip + " of pool " + pool.id());
            return decide(Tier.SAME_SERVER, ingress, ip, null);
        }
        check(Check.SAME_SERVER, false, ingressId + " holds no address of pool " + pool.id());
        Shortfall shortfall = new Shortfall(elements, sites, zone, family);
        String dc = ingress.dataCenter().id();
        String peer = sites.firstCapableServer(dc, ingressId);
        if (peer != null) {
            String ip = ipv4Of(pool, peer);
            check(Check.SAME_DATA_CENTER, true, peer + " in " + dc + " holds " + ip + " of pool " + pool.id());
            return decide(Tier.SAME_DATA_CENTER, elements.server(peer), ip, null);
        }
        String dcHint = shortfall.inDataCenter(dc, ingressId);
        check(Check.SAME_DATA_CENTER, false, dcHint == null
                ? "no other server in " + dc + " holds an address of pool " + pool.id()
                : "no other server in " + dc + " can egress with an address of pool " + pool.id() + ": " + dcHint);
        String location = ingress.location().id();
        String otherDc = sites.firstCapableDataCenter(location, dc);
        if (otherDc != null) {
            String server = sites.firstCapableServer(otherDc, null);
            String ip = ipv4Of(pool, server);
            check(Check.SAME_LOCATION, true,
                    otherDc + " in " + location + " has " + server + " with " + ip + " of pool " + pool.id());
            return decide(Tier.SAME_LOCATION, elements.server(server), ip, null);
        }
        String locationHint = shortfall.inLocation(location, dc);
        check(Check.SAME_LOCATION, false, locationHint == null
                ? "no other data center in " + location + " has a server with an address of pool " + pool.id()
                : "no other data center in " + location + " can egress with an address of pool " + pool.id()
                        + ": " + locationHint);
        return otherLocation(pool, sites);
    }

    private Decision otherLocation(PoolEgress pool, EgressSites sites) {
        Location here = ingress.location();
        List<Location> candidates = new ArrayList<>();
        for (String id : sites.capableLocations()) {
            Location location = elements.location(id);
            if (!id.equals(here.id()) && zone.allowsRegion(location.region())) {
                candidates.add(location);
            }
        }
        if (candidates.isEmpty()) {
            String where = zone.regions().isEmpty() ? "no other location" : "no other location in " + Wording.regions(zone);
            String what = family == Family.IPV4 ? "an address of pool " + pool.id() : "IPv6 of pool " + pool.id();
            String hint = new Shortfall(elements, sites, zone, family).elsewhere(here.id());
            check(Check.OTHER_LOCATION, false, hint == null
                    ? where + " has a server that can egress with " + what
                    : where + " can egress with " + what + ": " + hint);
            return decide(Tier.NO_EGRESS, null, null, null);
        }
        ClosestLocation closest = ClosestLocation.among(here, candidates, backbone.from(here.id()));
        check(Check.OTHER_LOCATION, true, closest.reason());
        String dc = sites.firstCapableDataCenter(closest.winner().id(), null);
        String server = sites.firstCapableServer(dc, null);
        String ip = family == Family.IPV4 ? ipv4Of(pool, server) : pool.firstIpv6();
        return decide(Tier.OTHER_LOCATION, elements.server(server), ip, closest);
    }

    private static String ipv4Of(PoolEgress pool, String server) {
        return pool.smallestIpv4().get(server).canonical();
    }

    private void check(String name, boolean passed, String reason) {
        checks.add(new Check(name, passed, reason));
    }

    private Decision decide(Tier tier, ServerPlace egress, String ip, ClosestLocation closest) {
        return new Decision(tier, egress, ip, closest, checks);
    }
}
