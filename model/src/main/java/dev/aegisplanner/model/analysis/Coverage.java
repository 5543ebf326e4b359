package dev.aegisplanner.model.analysis;

import dev.aegisplanner.model.engine.Decision;
import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.RequestException;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where requests egress, for every zone and every server a request can enter on (up, in an up data center
 * and location): the tier of the forwarding cascade and the egress server, data center, location and IP.
 * Requests in coverage have no origin; the family is chosen instead ({@link ForwardingEngine#decide}).
 *
 * <p>One engine serves every zone, so its index and its per-location caches are built once. Most servers of
 * a large topology hold no address of a given zone's pool, and all servers of one data center that cannot
 * egress themselves reach the same outcome: once a server cannot egress, the cascade's remaining steps look
 * only at its data center (the first other server there that can egress), its location (the first other data
 * center) and the zone (the closest other location), never at the server itself. So the cascade runs for the
 * first such server of each data center, and its outcome is reused for the others that
 * {@link ForwardingEngine#canEgress cannot egress}. Servers that can egress, and every server of a zone
 * without a pool ({@code NO_AEGIS} egresses from the ingress server itself), are decided one by one.
 */
public final class Coverage {

    private final ForwardingEngine engine;
    private final List<ServerPlace> ingressServers;
    private volatile Endpoint[] ingressEndpoints;

    public Coverage(ForwardingEngine engine) {
        this.engine = engine;
        this.ingressServers = engine.ingressServers();
    }

    public static Coverage of(Topology topology) {
        return new Coverage(new ForwardingEngine(topology));
    }

    /** The zones of the topology, in file order (a repeated id counts once, as the engine reads it). */
    public List<String> zones() {
        return engine.topology().zones().stream().map(Zone::id).distinct().toList();
    }

    /**
     * The coverage of one zone for one family.
     *
     * @throws RequestException when the topology has no such zone
     */
    public ZoneCoverage zone(String zone, Family family) {
        if (engine.topology().zone(zone).isEmpty()) {
            throw new RequestException("zone " + zone + " does not exist");
        }
        List<CoverageRow> rows = new ArrayList<>(ingressServers.size());
        Predicate<ServerPlace> canEgress = engine.canEgress(zone, family);
        Endpoint[] endpoints = ingressEndpoints();
        DataCenter dataCenter = null;
        CoverageRow forwarded = null;
        for (int i = 0; i < endpoints.length; i++) {
            ServerPlace ingress = ingressServers.get(i);
            if (ingress.dataCenter() != dataCenter) {
                dataCenter = ingress.dataCenter();
                forwarded = null;
            }
            if (forwarded != null && !canEgress.test(ingress)) {
                rows.add(new CoverageRow(zone, family, endpoints[i], forwarded.tier(), forwarded.egress()));
                continue;
            }
            Decision result = engine.decide(zone, ingress, family);
            CoverageRow row = new CoverageRow(zone, family, endpoints[i], result.tier(),
                    result.egress() == ingress && result.ip() == null ? endpoints[i] : result.egressEndpoint());
            rows.add(row);
            if (result.tier().forwards() || result.tier() == Tier.NO_EGRESS) {
                forwarded = row;
            }
        }
        return new ZoneCoverage(zone, family, rows);
    }

    /**
     * Every zone, in file order, each for the families in the order given. The stream is lazy: a caller
     * that handles one zone at a time holds one zone's rows at a time, however large the topology.
     */
    public Stream<ZoneCoverage> zones(Collection<Family> families) {
        List<Family> order = List.copyOf(families);
        return zones().stream().flatMap(zone -> order.stream().map(family -> zone(zone, family)));
    }

    /** One endpoint per ingress server, made once and shared by the rows of every zone and family. */
    private Endpoint[] ingressEndpoints() {
        Endpoint[] endpoints = ingressEndpoints;
        if (endpoints == null) {
            endpoints = new Endpoint[ingressServers.size()];
            for (int i = 0; i < endpoints.length; i++) {
                ServerPlace place = ingressServers.get(i);
                endpoints[i] = new Endpoint(place.server().id(), place.dataCenter().id(), place.location().id(), null);
            }
            ingressEndpoints = endpoints;
        }
        return endpoints;
    }
}
