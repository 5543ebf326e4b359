package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.Link;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Shortest backbone paths from one location to every location the backbone reaches from it. */
final class BackbonePaths {

    private final String source;
    private final Map<String, Double> latencyMs;
    private final Map<String, String> previous;
    private final BiFunction<String, String, Link> links;

    /** @param links the link the backbone uses between two neighbouring locations */
    BackbonePaths(String source, Map<String, Double> latencyMs, Map<String, String> previous,
                  BiFunction<String, String, Link> links) {
        this.source = source;
        this.latencyMs = Map.copyOf(latencyMs);
        this.previous = Map.copyOf(previous);
        this.links = links;
    }

    /** Whether an up path joins the source to the location. */
    boolean reaches(String location) {
        return latencyMs.containsKey(location);
    }

    /** The latency of the shortest path, or {@code NaN} when the backbone does not reach the location. */
    double latencyMs(String location) {
        Double latency = latencyMs.get(location);
        return latency == null ? Double.NaN : latency;
    }

    /** The locations the shortest path passes between the source and {@code location}, in order. */
    List<String> via(String location) {
        List<String> between = new ArrayList<>();
        for (String at = previous.get(location); at != null && !at.equals(source); at = previous.get(at)) {
            between.add(at);
        }
        Collections.reverse(between);
        return between;
    }

    /** The whole path to a location the backbone reaches: its locations, both ends included, and its links. */
    BackboneRoute route(String location) {
        List<String> locations = new ArrayList<>();
        locations.add(source);
        locations.addAll(via(location));
        locations.add(location);
        List<Link> path = new ArrayList<>(locations.size() - 1);
        for (int i = 1; i < locations.size(); i++) {
            path.add(links.apply(locations.get(i - 1), locations.get(i)));
        }
        return new BackboneRoute(locations, path, latencyMs(location));
    }
}
