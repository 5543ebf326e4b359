package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.Link;
import java.util.List;

/**
 * The backbone path an {@link Tier#OTHER_LOCATION} forward takes when the backbone decided it: the lowest-latency
 * chain of links from the ingress location to the egress location through up locations, as the engine found it
 * (one computation, the same one the check's "via" names). Views draw it; they do not compute it.
 *
 * @param locations the locations in order, both ends included
 * @param links the links used, as written in the topology, in path order (of two links between the same
 *     locations, the faster)
 * @param latencyMs the sum of the links' latencies
 */
public record BackboneRoute(List<String> locations, List<Link> links, double latencyMs) {

    public BackboneRoute {
        locations = List.copyOf(locations);
        links = List.copyOf(links);
    }

    /** Whether the route runs over this link of the topology. */
    public boolean uses(Link link) {
        return links.contains(link);
    }
}
