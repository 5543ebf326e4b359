package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adding, re-timing and removing backbone links. Links are undirected, so every edit finds a link by the two
 * locations it joins in either order: adding {@code AMS~FRA} next to {@code FRA~AMS} would be a second link
 * for one connection. Each edit returns the same topology when it changes nothing, so it never reaches the
 * undo stack.
 */
public final class LinkEdits {

    private LinkEdits() {
    }

    /** The link joining two locations, written in either direction. */
    public static Optional<Link> between(Topology topology, String a, String b) {
        return topology.links().stream().filter(l -> l.connects(a, b)).findFirst();
    }

    /**
     * Appends a link; the same topology when the two locations are already joined or when the link would join
     * a location to itself. Locations that do not exist are left for validation to report.
     */
    public static Topology add(Topology topology, Link link) {
        if (link.from().equals(link.to()) || between(topology, link.from(), link.to()).isPresent()) {
            return topology;
        }
        List<Link> links = new ArrayList<>(topology.links());
        links.add(link);
        return topology.withLinks(links);
    }

    /** Sets the latency of the link joining two locations, keeping its direction and its place in the list. */
    public static Topology setLatency(Topology topology, String a, String b, double latencyMs) {
        List<Link> links = new ArrayList<>(topology.links());
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (link.connects(a, b)) {
                if (Double.compare(link.latencyMs(), latencyMs) == 0) {
                    return topology;
                }
                links.set(i, new Link(link.from(), link.to(), latencyMs));
                return topology.withLinks(links);
            }
        }
        return topology;
    }

    /** Removes the link joining two locations; the same topology when there is none. */
    public static Topology remove(Topology topology, String a, String b) {
        List<Link> links = topology.links().stream().filter(l -> !l.connects(a, b)).toList();
        return links.size() == topology.links().size() ? topology : topology.withLinks(links);
    }
}
