package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The forwarding cascade of PRODUCT.md section 4 over one topology. The constructor indexes the topology
 * once (per pool and family, which servers, data centers and locations can egress, sorted by id); a trace
 * is then a handful of lookups. The first trace from an ingress location that reaches the other-location
 * step runs Dijkstra once for that location and scans the candidate locations once per pool, family and
 * region list; both are remembered. Instances are immutable apart from those caches and safe to share
 * between threads.
 *
 * <h2>Decisions where the specification leaves room</h2>
 * <ul>
 *   <li><b>Tiers</b> are tried in the order {@code NO_AEGIS, IPV6_GLOBAL, SAME_SERVER, SAME_DATA_CENTER,
 *       SAME_LOCATION, OTHER_LOCATION, NO_EGRESS}; the first that applies wins.</li>
 *   <li><b>Applicable IP</b>: an address of the zone's pool of the request's family, compared as parsed
 *       addresses ({@code 2001:DB8::1} equals {@code 2001:db8::1}); text that does not parse is no address.
 *       A server <i>can egress</i> when it, its data center and its location are up, its location's region
 *       is one of the zone's regions (no regions: anywhere), and for IPv4 it holds an applicable address in
 *       {@code egressIps}; for IPv6 the pool has an IPv6 address or prefix (deployed everywhere).</li>
 *   <li><b>IPv6</b>: a pool without any IPv6 gives {@code NO_EGRESS}. An IPv6 request whose ingress location
 *       is outside the zone's regions goes down the cascade like IPv4; since regions belong to locations,
 *       that means straight to the closest allowed location.</li>
 *   <li><b>Regions</b>: when the zone has regions, a "Region" check follows the pool checks; when the
 *       ingress location is outside them, no server of that location can egress, so the same-server,
 *       same-data-center and same-location tiers are skipped.</li>
 *   <li><b>Other location</b>: candidates are the other locations with a server that can egress. The
 *       backbone is the {@code links}, undirected, weighted by {@code latencyMs}, over up locations only
 *       (a down location carries no traffic). If it connects the ingress location to at least one
 *       candidate, the connected candidate with the lowest shortest-path latency wins; otherwise the
 *       candidate at the shortest great-circle distance (haversine, mean Earth radius 6371.0088 km).
 *       Ties go to the smaller location id ({@code String} order). Of two links between the same locations
 *       the faster counts; links to unknown locations, self-links and negative or non-finite latencies
 *       carry nothing.</li>
 *   <li><b>Choice inside a tier</b>: the data center with the smallest id among those with a server that can
 *       egress; in it the server with the smallest id. The IPv4 address is the numerically smallest
 *       applicable address the server holds; the IPv6 "address" is the pool's first IPv6 address or prefix
 *       in pool order. Addresses are reported in canonical form. Load never changes the answer.</li>
 *   <li><b>No dedicated pool</b> ({@code NO_AEGIS}): the egress server is the ingress server, the IP is
 *       {@code null} (a shared address). A zone naming a pool that does not exist uses an empty pool, which
 *       ends in {@code NO_EGRESS}.</li>
 *   <li><b>Hops</b>: client, cache service (ingress data center), egress router (ingress server), egress
 *       server (only when forwarded), origin (missing for {@code NO_EGRESS}, where no connection is opened,
 *       and for a request without an origin, {@link #decide}). Each hop carries the leg that reaches it: 0 km
 *       inside a data center or location (same metro), great-circle km between locations plus the backbone
 *       latency when the backbone connects them, and great-circle km to the origin when the origin has
 *       coordinates; unknown legs are {@code null}.
 *       Labels: "Cache service in FRA-1", "Egress router on fra1-s2", "Egress server ams1-s1",
 *       "Origin acme-origin 203.0.113.150:443" (an IPv6 origin in brackets).</li>
 *   <li><b>Checks</b> are listed in the order made, each naming the elements it looked at: "Dedicated pool";
 *       for IPv6 "IPv6 in pool"; "Region" when the zone has regions; then "IPv6 everywhere", or "Same server",
 *       "Same data center", "Same location"; then "Other location" (see the {@link Check} constants). The
 *       last check decided the tier. A failed tier names the first element (by id) that holds an applicable
 *       address but cannot egress, and why ("fra1-s3 holds one but is down"). The other-location check names
 *       the runner-up (or says the winner was the only candidate), the locations a backbone path passes, and
 *       whether backbone latency or great-circle distance decided. Numbers read the same on every machine,
 *       whatever its locale: {@code 10,258 km}, {@code 7.5 ms}.</li>
 *   <li><b>Requests</b>: {@link RequestException} for an unknown zone, origin or ingress server, an ingress
 *       server that is down or inside a down data center or location, or an origin without an address of
 *       the family. A request without a family uses the origin's default (IPv4 when it has one). A request
 *       without an origin ({@link #decide}, as coverage asks it) names its family and is otherwise checked
 *       the same way.</li>
 *   <li><b>Two ways to ask</b>: {@link #trace} and {@link #explain} build the whole explanation (checks with
 *       their reasons, hops with their legs); {@link #decide} gives the same tier, egress and address without
 *       any of it, for callers that ask millions of times (coverage, capacity). Both read the same indexes,
 *       so they never disagree.</li>
 *   <li><b>Invalid topologies</b> still get an answer, never an exception other than
 *       {@link RequestException}: an element whose id repeats an earlier one of its kind is ignored with
 *       everything inside it; dangling references resolve to nothing; an address listed in two pools
 *       serves both.</li>
 * </ul>
 */
public final class ForwardingEngine {

    private final Topology topology;
    private final Elements elements;
    private final EgressIndex egress;
    private final Backbone backbone;
    private final OtherLocations otherLocations;
    private final DataCenterSlots dataCenters;
    private final QuickCascade quick;

    public ForwardingEngine(Topology topology) {
        this(topology, null);
    }

    /**
     * An engine over {@code topology} that takes over what {@code earlier} (an engine over another version of it, or
     * {@code null}) worked out and still holds: its backbone with the shortest paths found so far, when both have the
     * same up locations and links. A failure drill of a data center or server, or an edit that leaves locations and
     * links alone, so runs no Dijkstra again; the answers are the ones a fresh engine gives.
     */
    public ForwardingEngine(Topology topology, ForwardingEngine earlier) {
        this.topology = topology;
        this.elements = new Elements(topology);
        this.egress = new EgressIndex(elements);
        this.backbone = earlier != null && earlier.backbone.isBuiltFrom(elements, topology.links()) ? earlier.backbone
                : new Backbone(elements, topology.links());
        this.otherLocations = new OtherLocations(elements, backbone);
        this.dataCenters = new DataCenterSlots(elements.servers());
        this.quick = new QuickCascade(elements, egress, otherLocations, dataCenters);
    }

    public Topology topology() {
        return topology;
    }

    /**
     * Runs the cascade for one request.
     *
     * @throws RequestException when the request cannot be traced (see the class documentation)
     */
    public TraceResult trace(Request request) {
        Zone zone = zoneOf(request.zone());
        Origin origin = elements.origin(request.origin())
                .orElseThrow(() -> new RequestException("origin " + request.origin() + " does not exist"));
        ServerPlace ingress = ingressOf(request.ingressServer());
        Family family = request.family() != null ? request.family() : origin.defaultFamily();
        if ((family == Family.IPV4 ? origin.ipv4() : origin.ipv6()) == null) {
            throw new RequestException("origin " + origin.id() + " has no " + (family == Family.IPV4 ? "IPv4" : "IPv6")
                    + " address");
        }
        return run(zone, ingress, family, origin);
    }

    /**
     * Where a zone's requests of one family go when they enter on one server: the decision of the cascade alone,
     * without checks, reasons or hops. The question coverage and capacity ask for every zone, family and ingress
     * server, so it is the engine's fast path: a few lookups in indexes built with the engine, no text, one small
     * result object, safe to call from many threads at once. Its tier, egress server and address are the ones
     * {@link #trace} and {@link #explain} give for the same request (a property test holds them together); ask
     * those when the reason matters.
     *
     * @throws RequestException for an unknown zone or ingress server, or an ingress server that is down or
     *     inside a down data center or location
     */
    public Decision decide(String zone, String ingressServer, Family family) {
        Objects.requireNonNull(family, "family: without an origin there is no default");
        // The id's lookup and this one int say whether the server exists and is up, and where it sits, without
        // reading the server's place: the two array reads after the lookup overlap in memory.
        int ordinal = elements.serverOrdinal(ingressServer);
        int dataCenter = ordinal < 0 ? -1 : dataCenters.ofUpServer(ordinal);
        if (dataCenter < 0) {
            // Unknown or down: the slow path says which, as trace does.
            zoneOf(zone);
            ingressOf(ingressServer);
            throw new IllegalStateException("ingress server " + ingressServer + " is up but in none of the engine's data centers");
        }
        return quick.decide(zone, elements.servers().get(ordinal), dataCenter, family);
    }

    /**
     * {@link #decide(String, String, Family)} for an ingress server given as one of {@link #ingressServers()}:
     * what a caller that asks for every server (coverage, capacity) uses, since it skips finding the server by
     * its id, the one lookup that touches memory outside the few elements a decision reads.
     *
     * @param ingress one of this engine's {@link #ingressServers()}
     * @throws RequestException for an unknown zone, or an ingress server that is down
     */
    public Decision decide(String zone, ServerPlace ingress, Family family) {
        Objects.requireNonNull(family, "family: without an origin there is no default");
        int dataCenter = ingress.isUp() ? dataCenters.of(ingress) : -1;
        if (dataCenter < 0) {
            // Down, or not in one of this engine's data centers: the answer (or refusal) for its id.
            return decide(zone, ingress.server().id(), family);
        }
        return quick.decide(zone, ingress, dataCenter, family);
    }

    /**
     * Runs the cascade with its explanation for a request that has no origin yet: the result is the one
     * {@link #trace} gives for any origin with an address of the family, except that the hops end at the egress
     * (there is no origin hop). {@link #decide} answers the same without the explanation, far faster.
     *
     * @throws RequestException as {@link #decide} does
     */
    public TraceResult explain(String zone, String ingressServer, Family family) {
        Objects.requireNonNull(family, "family: without an origin there is no default");
        return run(zoneOf(zone), ingressOf(ingressServer), family, null);
    }

    /**
     * The servers a request can enter on, in file order: up, in an up data center and an up location. A
     * server the engine ignores (one inside an element whose id repeats an earlier one) is left out, so
     * {@link #decide} accepts every server listed.
     */
    public List<ServerPlace> ingressServers() {
        return elements.servers().stream().filter(ServerPlace::isUp).toList();
    }

    /**
     * Whether the server can egress for the zone's requests of the family, as section 4 defines it: it, its
     * data center and its location are up, its location is in the zone's regions (if any), and it holds an
     * applicable IPv4 address, or for IPv6 the zone's pool has IPv6. A zone without a pool has no applicable
     * address, so no server can egress for it (its requests leave with a shared address instead), and neither
     * can a server the topology does not have. This is the index lookup behind the same-server tier; coverage
     * asks it for every server to tell which servers of a data center share one outcome, so for IPv4 the
     * small set of servers holding the pool's addresses is consulted before anything else.
     *
     * @throws RequestException for an unknown zone
     */
    public boolean canEgress(String zone, String server, Family family) {
        Zone z = zoneOf(zone);
        if (!z.hasPool()) {
            return false;
        }
        PoolEgress pool = egress.pool(z.pool());
        // IPv6 is deployed everywhere: with IPv6 in the pool, every server that is up holds it.
        boolean holds = family == Family.IPV4 ? pool.ipv4Sites().canEgress(server) : pool.hasIpv6();
        if (!holds) {
            return false;
        }
        ServerPlace place = elements.server(server);
        return place != null && place.isUp() && z.allowsRegion(place.location().region());
    }

    /**
     * {@link #canEgress(String, String, Family)} as a test of the engine's own places ({@link #ingressServers()}),
     * with the zone resolved once: what coverage asks for every server of a zone.
     *
     * @throws RequestException for an unknown zone
     */
    public Predicate<ServerPlace> canEgress(String zone, Family family) {
        Zone z = zoneOf(zone);
        if (!z.hasPool()) {
            return server -> false;
        }
        PoolEgress pool = egress.pool(z.pool());
        if (family == Family.IPV6 && !pool.hasIpv6()) {
            return server -> false;
        }
        EgressSites sites = pool.ipv4Sites();
        return server -> (family == Family.IPV6 || sites.canEgress(server.server().id())) && server.isUp()
                && z.allowsRegion(server.location().region());
    }

    /** Whether this engine took over {@code earlier}'s backbone (see {@link #ForwardingEngine(Topology, ForwardingEngine)}). */
    boolean sharesBackboneWith(ForwardingEngine earlier) {
        return backbone == earlier.backbone;
    }

    private TraceResult run(Zone zone, ServerPlace ingress, Family family, Origin origin) {
        CascadeRun decision = new Cascade(elements, egress, otherLocations, zone, ingress, family).run();
        ServerPlace out = decision.egress();
        return new TraceResult(decision.tier(), family, endpoint(ingress, null),
                out == null ? null : endpoint(out, decision.ip()),
                Hops.of(decision, ingress, origin, family), decision.checks(),
                decision.closest() == null ? null : decision.closest().route());
    }

    private Zone zoneOf(String id) {
        return elements.zone(id).orElseThrow(() -> new RequestException("zone " + id + " does not exist"));
    }

    private ServerPlace ingressOf(String serverId) {
        ServerPlace place = elements.server(serverId);
        if (place == null) {
            throw new RequestException("ingress server " + serverId + " does not exist");
        }
        if (place.isUp()) {
            return place;
        }
        if (!place.server().status().isUp()) {
            throw new RequestException("ingress server " + serverId + " is down");
        }
        if (!place.dataCenter().status().isUp()) {
            throw new RequestException("ingress server " + serverId + " is in data center "
                    + place.dataCenter().id() + ", which is down");
        }
        if (!place.location().status().isUp()) {
            throw new RequestException("ingress server " + serverId + " is in location "
                    + place.location().id() + ", which is down");
        }
        return place;
    }

    private static Endpoint endpoint(ServerPlace place, String ip) {
        return new Endpoint(place.server().id(), place.dataCenter().id(), place.location().id(), ip);
    }
}
