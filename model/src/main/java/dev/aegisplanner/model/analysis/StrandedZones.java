package dev.aegisplanner.model.analysis;

import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import dev.aegisplanner.model.validation.Problem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The zones whose requests end in {@code NO_EGRESS} from some ingress server: planning warnings, found with the
 * engine, but cheaply. Whether a request can egress at all does not depend on where it enters: the cascade
 * looks at the ingress server, its data center, its location and then every other location, so a request
 * finds a server that can egress wherever one is. One decision per zone and family (from the first ingress
 * server) tells whether the zone is stranded, and then it is stranded from every ingress server. A property
 * test holds this to coverage, which decides every server, zone by zone and count by count. A zone's requests are of the families the plan gives them: the default family of every
 * origin (IPv4 when it has an IPv4 address), and the family of each scenario and demand entry of the zone; so
 * a dual-stack origin alone does not make a pool without IPv6 a warning, an IPv6 scenario or demand does.
 */
public final class StrandedZones {

    private final ForwardingEngine engine;
    private final List<ServerPlace> ingress;

    public StrandedZones(ForwardingEngine engine) {
        this.engine = engine;
        this.ingress = engine.ingressServers();
    }

    /** The stranded zones of a topology without errors (errors block the engine), in zone and family order. */
    public static List<StrandedZone> of(Topology topology) {
        return new StrandedZones(new ForwardingEngine(topology)).find();
    }

    /** The warnings a planner reads, one per stranded zone and family. */
    public static List<Problem> warnings(Topology topology) {
        return of(topology).stream().map(StrandedZone::problem).toList();
    }

    public List<StrandedZone> find() {
        Topology topology = engine.topology();
        List<StrandedZone> stranded = new ArrayList<>();
        if (ingress.isEmpty()) {
            return stranded;
        }
        Set<String> seen = new HashSet<>();
        Set<Family> everyZone = EnumSet.noneOf(Family.class);
        topology.origins().forEach(o -> everyZone.add(o.defaultFamily()));
        for (int i = 0; i < topology.zones().size(); i++) {
            Zone zone = topology.zones().get(i);
            if (!zone.hasPool() || !seen.add(zone.id())) {
                continue;
            }
            for (Family family : families(topology, zone, everyZone)) {
                zone(i, family).ifPresent(stranded::add);
            }
        }
        return stranded;
    }

    /** Whether the zone at this place in the list is stranded for the family, and how badly. */
    public Optional<StrandedZone> zone(int index, Family family) {
        Zone zone = engine.topology().zones().get(index);
        if (ingress.isEmpty() || !zone.hasPool()
                || engine.decide(zone.id(), ingress.get(0).server().id(), family).tier() != Tier.NO_EGRESS) {
            return Optional.empty();
        }
        return count(zone, index, family);
    }

    /**
     * Counts what is stranded: every ingress server, by the reasoning above (a NO_EGRESS decision costs the engine
     * a search of every location, so it is not asked again per data center; the property test holds the count to
     * coverage's).
     */
    private Optional<StrandedZone> count(Zone zone, int index, Family family) {
        int dataCenters = 0;
        DataCenter group = null;
        for (ServerPlace place : ingress) {
            if (place.dataCenter() != group) {
                group = place.dataCenter();
                dataCenters++;
            }
        }
        Reason reason = Reason.of(engine.topology(), zone, family);
        ElementRef place = reason.place() != null ? reason.place()
                : ElementRef.dataCenter(ingress.get(0).dataCenter().id());
        return Optional.of(new StrandedZone(zone.id(), index, family, ingress.size(), dataCenters, ingress.size(),
                place, reason.words()));
    }

    /** The families of the zone's requests, in order: IPv4 first. */
    private static Set<Family> families(Topology topology, Zone zone, Set<Family> everyZone) {
        Set<Family> families = EnumSet.copyOf(everyZone.isEmpty() ? EnumSet.of(Family.IPV4) : everyZone);
        for (Scenario scenario : topology.scenarios()) {
            if (zone.id().equals(scenario.zone()) && scenario.family() != null) {
                families.add(scenario.family());
            }
        }
        for (Demand entry : topology.demand()) {
            if (zone.id().equals(entry.zone())) {
                families.add(entry.effectiveFamily());
            }
        }
        return families;
    }

    /** Why nothing can egress, and the server a planner should look at, if one holds an address in vain. */
    private record Reason(String words, ElementRef place) {

        static Reason of(Topology topology, Zone zone, Family family) {
            Pool pool = topology.pool(zone.pool()).orElse(null);
            String regions = zone.regions().isEmpty() ? "" : " (" + String.join(", ", zone.regions()) + ")";
            if (family == Family.IPV6) {
                boolean hasIpv6 = pool != null && pool.addresses().stream()
                        .anyMatch(a -> IpAddress.parse(a).filter(IpAddress::isIpv6).isPresent());
                return new Reason(hasIpv6 ? "no server is up in the zone's regions" + regions
                        : "pool " + zone.pool() + " has no IPv6 address or prefix", null);
            }
            Set<IpAddress> addresses = new HashSet<>();
            if (pool != null) {
                pool.addresses().forEach(a -> IpAddress.parseIpv4(a).ifPresent(addresses::add));
            }
            for (var location : topology.locations()) {
                for (DataCenter dc : location.dataCenters()) {
                    for (var server : dc.servers()) {
                        if (server.egressIps().stream().anyMatch(ip -> IpAddress.parseIpv4(ip).filter(addresses::contains)
                                .isPresent())) {
                            String why = !server.status().isUp() ? server.id() + " is down"
                                    : !dc.status().isUp() ? "data center " + dc.id() + " of " + server.id() + " is down"
                                    : !location.status().isUp() ? "location " + location.id() + " of " + server.id()
                                            + " is down"
                                    : server.id() + " is in " + location.id() + ", outside the zone's regions" + regions;
                            return new Reason("pool " + zone.pool() + "'s addresses are only on servers that cannot"
                                    + " egress (" + why + ")", ElementRef.server(server.id()));
                        }
                    }
                }
            }
            return new Reason("no server holds an address of pool " + zone.pool(), null);
        }
    }
}
