package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.Link;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * Shortest backbone paths from one location to all others, by the cascade's rules for links (undirected; a
 * self-link, a link to an unknown location, or a negative or non-finite latency carries nothing; of two links
 * the faster counts) with one difference landing needs: the source may be down. Section 7 measures a failover
 * from the failed location, and a path may start there but pass only through up locations. Public for the
 * placement advisor, which ranks candidate locations by the same paths.
 */
public final class BackboneTree {

    private final String source;
    private final Map<String, Double> latency = new HashMap<>();
    private final Map<String, String> previous = new HashMap<>();
    private final Map<String, List<String>> vias = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param passable whether a path may enter a location (the source is always passable) */
    public BackboneTree(String source, Map<String, List<Link>> adjacency, Predicate<String> passable) {
        this.source = source;
        record Reach(String location, double latencyMs) {
        }
        PriorityQueue<Reach> queue = new PriorityQueue<>((a, b) -> a.latencyMs() != b.latencyMs()
                ? Double.compare(a.latencyMs(), b.latencyMs()) : a.location().compareTo(b.location()));
        latency.put(source, 0.0);
        queue.add(new Reach(source, 0));
        while (!queue.isEmpty()) {
            Reach at = queue.poll();
            if (at.latencyMs() > latency.get(at.location())) {
                continue;
            }
            for (Link link : adjacency.getOrDefault(at.location(), List.of())) {
                String next = link.from().equals(at.location()) ? link.to() : link.from();
                double through = at.latencyMs() + link.latencyMs();
                if (passable.test(next) && through < latency.getOrDefault(next, Double.POSITIVE_INFINITY)) {
                    latency.put(next, through);
                    previous.put(next, at.location());
                    queue.add(new Reach(next, through));
                }
            }
        }
    }

    /** The links that carry traffic, by the locations they touch; {@code known} says which locations exist. */
    public static Map<String, List<Link>> adjacency(List<Link> links, Predicate<String> known) {
        Map<String, List<Link>> adjacency = new HashMap<>();
        for (Link link : links) {
            if (!link.from().equals(link.to()) && Double.isFinite(link.latencyMs()) && link.latencyMs() >= 0
                    && known.test(link.from()) && known.test(link.to())) {
                adjacency.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
                adjacency.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
            }
        }
        return adjacency;
    }

    /** Whether an up path joins the source to another location. */
    public boolean reaches(String location) {
        return !location.equals(source) && latency.containsKey(location);
    }

    /** The shortest path's latency, 0 for the source, {@code NaN} when the backbone does not reach it. */
    public double latencyMs(String location) {
        return latency.getOrDefault(location, Double.NaN);
    }

    /** The locations a shortest path passes between the source and {@code location}, in order. */
    List<String> via(String location) {
        return vias.computeIfAbsent(location, this::walkBack);
    }

    private List<String> walkBack(String location) {
        List<String> between = new ArrayList<>();
        for (String at = previous.get(location); at != null && !at.equals(source); at = previous.get(at)) {
            between.add(at);
        }
        Collections.reverse(between);
        return List.copyOf(between);
    }
}
