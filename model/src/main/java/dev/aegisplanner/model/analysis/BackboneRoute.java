package dev.aegisplanner.model.analysis;

import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The backbone path a forward to another location takes: the lowest-latency chain of links between two
 * locations, through up locations only, by the same rules as the cascade (links to unknown or down locations,
 * loops and impossible latencies carry nothing). Equal latencies resolve by location id, so the answer is
 * stable. Views draw it; they do not compute it.
 *
 * @param locations the locations in order, both ends included
 * @param links the links used, as written in the topology, in path order
 */
public record BackboneRoute(List<String> locations, List<Link> links, double latencyMs) {

    public BackboneRoute {
        locations = List.copyOf(locations);
        links = List.copyOf(links);
    }

    /**
     * The route of a trace's forward when the backbone decided it ({@link Tier#OTHER_LOCATION} with a latency
     * on the forward); empty for every other trace.
     */
    public static Optional<BackboneRoute> of(Topology topology, TraceResult trace) {
        if (trace.tier() != Tier.OTHER_LOCATION || trace.egress() == null) {
            return Optional.empty();
        }
        boolean byBackbone = trace.hops().stream()
                .anyMatch(h -> h.kind() == HopKind.EGRESS_SERVER && h.latencyMs() != null);
        return byBackbone ? shortest(topology, trace.ingress().location(), trace.egress().location()) : Optional.empty();
    }

    /** The lowest-latency route between two locations, or empty when the backbone does not join them. */
    public static Optional<BackboneRoute> shortest(Topology topology, String from, String to) {
        Set<String> up = topology.locations().stream().filter(l -> l.status().isUp()).map(Location::id)
                .collect(Collectors.toSet());
        if (!up.contains(from) || !up.contains(to)) {
            return Optional.empty();
        }
        Map<String, List<Link>> adjacent = new HashMap<>();
        for (Link link : topology.links()) {
            if (!link.from().equals(link.to()) && up.contains(link.from()) && up.contains(link.to())
                    && Double.isFinite(link.latencyMs()) && link.latencyMs() >= 0) {
                adjacent.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
                adjacent.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
            }
        }
        Map<String, Double> best = new HashMap<>(Map.of(from, 0.0));
        Map<String, Link> via = new HashMap<>();
        PriorityQueue<Map.Entry<String, Double>> queue = new PriorityQueue<>(
                Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        queue.add(Map.entry(from, 0.0));
        while (!queue.isEmpty()) {
            Map.Entry<String, Double> head = queue.poll();
            String at = head.getKey();
            if (head.getValue() > best.get(at)) {
                continue;
            }
            if (at.equals(to)) {
                break;
            }
            List<Link> links = adjacent.getOrDefault(at, List.of());
            links.sort(Comparator.comparing((Link l) -> other(l, at)).thenComparingDouble(Link::latencyMs));
            for (Link link : links) {
                String next = other(link, at);
                double latency = head.getValue() + link.latencyMs();
                if (latency < best.getOrDefault(next, Double.POSITIVE_INFINITY)) {
                    best.put(next, latency);
                    via.put(next, link);
                    queue.add(Map.entry(next, latency));
                }
            }
        }
        if (!best.containsKey(to)) {
            return Optional.empty();
        }
        List<String> locations = new ArrayList<>(List.of(to));
        List<Link> links = new ArrayList<>();
        for (String at = to; !at.equals(from); ) {
            Link link = via.get(at);
            links.add(link);
            at = other(link, at);
            locations.add(at);
        }
        Collections.reverse(locations);
        Collections.reverse(links);
        return Optional.of(new BackboneRoute(locations, links, best.get(to)));
    }

    private static String other(Link link, String end) {
        return link.from().equals(end) ? link.to() : link.from();
    }

    /** Whether the route runs over this link of the topology. */
    public boolean uses(Link link) {
        return links.contains(link);
    }
}
