package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The cascade of PRODUCT.md section 4 written out as plainly as possible, with the engine's documented
 * choices and nothing clever: no index, no cache, no graph library. Every question scans the whole
 * topology; shortest paths come from Floyd-Warshall over the up locations. It assumes a valid topology
 * (unique ids). Its job is to be obviously right, so property tests can hold the engine to it.
 */
final class ReferenceCascade {

    /** The decision, by id; the egress fields are null for NO_EGRESS. */
    record Answer(Tier tier, String server, String dataCenter, String location) {
    }

    private final Topology topology;

    ReferenceCascade(Topology topology) {
        this.topology = topology;
    }

    /** The answer, or empty when the request is one the spec says cannot be traced. */
    Optional<Answer> trace(Request request) {
        Optional<Zone> zone = topology.zone(request.zone());
        Optional<Origin> origin = topology.origin(request.origin());
        Optional<ServerPlace> ingress = place(request.ingressServer());
        if (zone.isEmpty() || origin.isEmpty() || ingress.isEmpty() || !ingress.get().isUp()) {
            return Optional.empty();
        }
        Family family = request.family() != null ? request.family() : origin.get().defaultFamily();
        String originAddress = family == Family.IPV4 ? origin.get().ipv4() : origin.get().ipv6();
        if (originAddress == null) {
            return Optional.empty();
        }
        return Optional.of(cascade(zone.get(), ingress.get(), family));
    }

    private Answer cascade(Zone zone, ServerPlace ingress, Family family) {
        if (zone.pool() == null) {
            return answer(Tier.NO_AEGIS, ingress);
        }
        if (family == Family.IPV6 && !poolHasIpv6(zone)) {
            return answer(Tier.NO_EGRESS, null);
        }
        if (family == Family.IPV6 && canEgress(ingress, zone, family)) {
            return answer(Tier.IPV6_GLOBAL, ingress);
        }
        if (canEgress(ingress, zone, family)) {
            return answer(Tier.SAME_SERVER, ingress);
        }
        List<ServerPlace> sameDataCenter = allServers().stream()
                .filter(p -> p.dataCenter().id().equals(ingress.dataCenter().id()))
                .filter(p -> !p.server().id().equals(ingress.server().id()))
                .filter(p -> canEgress(p, zone, family))
                .toList();
        if (!sameDataCenter.isEmpty()) {
            return answer(Tier.SAME_DATA_CENTER, smallestServer(sameDataCenter));
        }
        List<ServerPlace> sameLocation = allServers().stream()
                .filter(p -> p.location().id().equals(ingress.location().id()))
                .filter(p -> !p.dataCenter().id().equals(ingress.dataCenter().id()))
                .filter(p -> canEgress(p, zone, family))
                .toList();
        if (!sameLocation.isEmpty()) {
            return answer(Tier.SAME_LOCATION, inSmallestDataCenter(sameLocation));
        }
        List<ServerPlace> elsewhere = allServers().stream()
                .filter(p -> !p.location().id().equals(ingress.location().id()))
                .filter(p -> canEgress(p, zone, family))
                .toList();
        if (elsewhere.isEmpty()) {
            return answer(Tier.NO_EGRESS, null);
        }
        Location closest = closestLocation(ingress.location(), elsewhere);
        List<ServerPlace> there = elsewhere.stream().filter(p -> p.location().id().equals(closest.id())).toList();
        return answer(Tier.OTHER_LOCATION, inSmallestDataCenter(there));
    }

    private Location closestLocation(Location from, List<ServerPlace> candidates) {
        List<Location> locations = candidates.stream().map(ServerPlace::location).distinct().toList();
        double[] latency = latenciesFrom(from.id());
        List<Location> connected = locations.stream().filter(l -> latency[indexOf(l.id())] < Double.MAX_VALUE).toList();
        Comparator<Location> byId = Comparator.comparing(Location::id);
        if (!connected.isEmpty()) {
            return connected.stream()
                    .min(Comparator.<Location>comparingDouble(l -> latency[indexOf(l.id())]).thenComparing(byId))
                    .orElseThrow();
        }
        return locations.stream()
                .min(Comparator.<Location>comparingDouble(l -> haversineKm(from, l)).thenComparing(byId))
                .orElseThrow();
    }

    /** Floyd-Warshall over all locations, where only links between two up locations carry traffic. */
    private double[] latenciesFrom(String source) {
        List<Location> all = topology.locations();
        int n = all.size();
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = i == j ? 0 : Double.MAX_VALUE;
            }
        }
        for (Link link : topology.links()) {
            int a = indexOf(link.from());
            int b = indexOf(link.to());
            if (a >= 0 && b >= 0 && a != b && all.get(a).status().isUp() && all.get(b).status().isUp()
                    && link.latencyMs() >= 0 && Double.isFinite(link.latencyMs())) {
                d[a][b] = Math.min(d[a][b], link.latencyMs());
                d[b][a] = d[a][b];
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (d[i][k] < Double.MAX_VALUE && d[k][j] < Double.MAX_VALUE && d[i][k] + d[k][j] < d[i][j]) {
                        d[i][j] = d[i][k] + d[k][j];
                    }
                }
            }
        }
        return d[indexOf(source)];
    }

    private int indexOf(String locationId) {
        List<Location> all = topology.locations();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(locationId)) {
                return i;
            }
        }
        return -1;
    }

    static double haversineKm(Location a, Location b) {
        double lat1 = Math.toRadians(a.lat());
        double lat2 = Math.toRadians(b.lat());
        double halfDLat = Math.sin((lat2 - lat1) / 2);
        double halfDLon = Math.sin(Math.toRadians(b.lon() - a.lon()) / 2);
        double h = halfDLat * halfDLat + Math.cos(lat1) * Math.cos(lat2) * halfDLon * halfDLon;
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The spec's definition: up all the way, allowed region, and an applicable address (or IPv6 in the pool). */
    boolean canEgress(ServerPlace place, Zone zone, Family family) {
        if (!place.isUp() || !zone.allowsRegion(place.location().region())) {
            return false;
        }
        if (family == Family.IPV6) {
            return poolHasIpv6(zone);
        }
        return place.server().egressIps().stream().anyMatch(ip -> isIpv4OfPool(ip, zone));
    }

    boolean canEgress(String serverId, Zone zone, Family family) {
        return place(serverId).map(p -> canEgress(p, zone, family)).orElse(false);
    }

    boolean isIpv4OfPool(String ip, Zone zone) {
        Optional<IpAddress> parsed = IpAddress.parseIpv4(ip);
        return parsed.isPresent() && poolAddresses(zone).stream().anyMatch(parsed.get()::equals);
    }

    boolean poolHasIpv6(Zone zone) {
        return poolAddresses(zone).stream().anyMatch(IpAddress::isIpv6);
    }

    private List<IpAddress> poolAddresses(Zone zone) {
        return topology.pool(zone.pool()).map(Pool::addresses).orElse(List.of()).stream()
                .map(IpAddress::parse).flatMap(Optional::stream).toList();
    }

    Optional<ServerPlace> place(String serverId) {
        return allServers().stream().filter(p -> p.server().id().equals(serverId)).findFirst();
    }

    private List<ServerPlace> allServers() {
        List<ServerPlace> places = new ArrayList<>();
        for (Location location : topology.locations()) {
            for (DataCenter dataCenter : location.dataCenters()) {
                for (Server server : dataCenter.servers()) {
                    places.add(new ServerPlace(location, dataCenter, server));
                }
            }
        }
        return places;
    }

    private static ServerPlace smallestServer(List<ServerPlace> places) {
        return places.stream().min(Comparator.comparing(p -> p.server().id())).orElseThrow();
    }

    private static ServerPlace inSmallestDataCenter(List<ServerPlace> places) {
        String dataCenter = places.stream().map(p -> p.dataCenter().id()).min(Comparator.naturalOrder()).orElseThrow();
        return smallestServer(places.stream().filter(p -> p.dataCenter().id().equals(dataCenter)).toList());
    }

    private static Answer answer(Tier tier, ServerPlace egress) {
        return egress == null
                ? new Answer(tier, null, null, null)
                : new Answer(tier, egress.server().id(), egress.dataCenter().id(), egress.location().id());
    }
}
