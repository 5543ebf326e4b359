package dev.aegisplanner.model.export;

import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.engine.Hop;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.export.DiagramEdge.EdgeStyle;
import dev.aegisplanner.model.export.DiagramNode.NodeShape;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One traced request drawn like the documentation's diagrams: {@code A} the client, {@code X} the cache
 * service and {@code B} the egress router in the ingress data center, {@code Y} the egress server when the
 * connection is forwarded, {@code C} the origin, each data center nested in its location. The node ids are the
 * documentation's own, so an exported path reads like the page it models.
 */
final class PathDiagram {

    private final Topology topology;
    private final TopologyIndex lookup;
    private final TraceResult result;
    private final Scenario scenario;
    private final DiagramIds ids = new DiagramIds();
    /** location id -> (data center id -> nodes), in order of first appearance on the path. */
    private final Map<String, Map<String, List<DiagramPart>>> placed = new LinkedHashMap<>();

    private PathDiagram(Topology topology, TraceResult result, Scenario scenario) {
        this.topology = topology;
        this.lookup = topology.index();
        this.result = result;
        this.scenario = scenario;
    }

    static Diagram of(Topology topology, TraceResult result, Scenario scenario) {
        return new PathDiagram(topology, result, scenario).build();
    }

    private Diagram build() {
        DiagramNode client = null;
        DiagramNode origin = null;
        List<String> path = new ArrayList<>();
        List<DiagramEdge> edges = new ArrayList<>();
        for (Hop hop : result.hops()) {
            DiagramNode node = switch (hop.kind()) {
                case CLIENT -> client = new DiagramNode(ids.reserve("A"), NodeShape.BOX, "Client", null, false);
                case CACHE_SERVICE -> place(result.ingress(),
                        new DiagramNode(ids.reserve("X"), NodeShape.CYLINDER, "Cache service", null, false));
                case EGRESS_ROUTER -> place(result.ingress(),
                        new DiagramNode(ids.reserve("B"), NodeShape.CYLINDER, "Egress router", routerNote(), false));
                case EGRESS_SERVER -> place(result.egress(),
                        new DiagramNode(ids.reserve("Y"), NodeShape.CYLINDER, "Egress server", serverNote(), false));
                case ORIGIN -> origin = originNode(hop.elementId());
            };
            if (!path.isEmpty()) {
                edges.add(new DiagramEdge(path.get(path.size() - 1), node.id(), legLabel(hop), EdgeStyle.ARROW));
            }
            path.add(node.id());
        }
        if (origin == null) {
            // No egress: the connection is never opened, but the origin it was meant for is still drawn.
            origin = originNode(scenario == null ? null : scenario.origin());
            if (!path.isEmpty()) {
                edges.add(new DiagramEdge(path.get(path.size() - 1), origin.id(), "no egress", EdgeStyle.BLOCKED));
            }
        }
        List<DiagramPart> parts = new ArrayList<>();
        if (client != null) {
            parts.add(client);
        }
        parts.addAll(clusters());
        parts.add(origin);
        return new Diagram(title(), description(), parts, edges);
    }

    private DiagramNode place(Endpoint where, DiagramNode node) {
        placed.computeIfAbsent(where.location(), l -> new LinkedHashMap<>())
                .computeIfAbsent(where.dataCenter(), d -> new ArrayList<>())
                .add(node);
        return node;
    }

    private List<DiagramCluster> clusters() {
        List<DiagramCluster> out = new ArrayList<>();
        placed.forEach((locationId, dataCenters) -> {
            List<DiagramPart> inner = new ArrayList<>();
            dataCenters.forEach((dataCenterId, nodes) -> {
                String name = lookup.dataCenter(dataCenterId)
                        .map(p -> Labels.named(p.dataCenter().displayName(), dataCenterId, null))
                        .orElse(dataCenterId);
                inner.add(new DiagramCluster(ids.of("dc", dataCenterId), "Data center " + name, false, nodes));
            });
            String name = lookup.location(locationId)
                    .map(l -> Labels.named(l.displayName(), locationId, l.region()))
                    .orElse(locationId);
            out.add(new DiagramCluster(ids.of("loc", locationId), "Location " + name, false, inner));
        });
        return out;
    }

    private String routerNote() {
        String server = result.ingress().server();
        return switch (result.tier()) {
            case NO_AEGIS -> server + ", no Aegis pool: shared IP";
            case SAME_SERVER, IPV6_GLOBAL -> server + ", *has Aegis IP " + egressIp();
            default -> server + ", *no Aegis IP";
        };
    }

    private String serverNote() {
        return result.egress().server() + ", *has Aegis IP " + egressIp();
    }

    private String egressIp() {
        Endpoint egress = result.egress();
        return egress == null || egress.ip() == null ? "" : egress.ip();
    }

    private DiagramNode originNode(String originId) {
        Optional<Origin> origin = originId == null ? Optional.empty() : topology.origin(originId);
        String note = origin.map(this::originNote).orElse(originId);
        return new DiagramNode(ids.reserve("C"), NodeShape.CYLINDER, "Origin server", note, false);
    }

    private String originNote(Origin origin) {
        String address = result.family() == Family.IPV6 && origin.ipv6() != null ? "[" + origin.ipv6() + "]"
                : origin.ipv4() != null ? origin.ipv4() : "[" + origin.ipv6() + "]";
        return origin.displayName() + ", " + address + ":" + origin.port();
    }

    private static String legLabel(Hop hop) {
        if (hop.kind() == HopKind.CACHE_SERVICE) {
            return "ingress";
        }
        if (hop.kind() == HopKind.ORIGIN) {
            return "egress";
        }
        if (hop.latencyMs() != null) {
            return "forward, " + Quantities.millis(hop.latencyMs());
        }
        if (hop.distanceKm() != null && hop.distanceKm() > 0) {
            return "forward, " + Quantities.kilometres(hop.distanceKm());
        }
        return null;
    }

    private String title() {
        String what = scenario == null ? TierHeadlines.inSentence(result.tier()) : scenario.displayName();
        return "Aegis connection forwarding: " + what;
    }

    private String description() {
        Endpoint in = result.ingress();
        StringBuilder text = new StringBuilder()
                .append(result.family() == Family.IPV6 ? "IPv6" : "IPv4")
                .append(" request entering on ").append(in.server())
                .append(" in ").append(in.dataCenter()).append(", ").append(in.location())
                .append(": ").append(TierHeadlines.inSentence(result.tier()));
        Endpoint out = result.egress();
        if (out != null && result.tier().forwards()) {
            text.append(", to ").append(out.server()).append(" in ").append(out.dataCenter())
                    .append(", ").append(out.location());
        }
        if (out != null && out.ip() != null) {
            text.append(", egressing from ").append(out.ip());
        }
        return text.append(" (").append(result.tier().name()).append(").").toString();
    }
}
