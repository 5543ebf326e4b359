package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.Family;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a trace decided: a value the editor, the command line and the tests read without recomputing.
 *
 * @param family the family actually traced (the origin's default when the request named none)
 * @param ingress the server the request entered on; its {@code ip} is {@code null}
 * @param egress where the connection leaves; {@code null} exactly when the tier is {@link Tier#NO_EGRESS}
 * @param hops client, cache service, egress router, the egress server when forwarded, and the origin
 *     (the origin is missing for {@link Tier#NO_EGRESS}, where no connection is opened, and for a request
 *     without an origin, {@link ForwardingEngine#decide})
 * @param checks every check the cascade made, in order; the last one decided the tier
 * @param route the backbone path of an {@link Tier#OTHER_LOCATION} forward the backbone decided (the locations
 *     and links it passes, with their latencies); {@code null} for every other trace, and when great-circle
 *     distance decided
 */
public record TraceResult(Tier tier, Family family, Endpoint ingress, Endpoint egress, List<Hop> hops,
                          List<Check> checks, BackboneRoute route) {

    public TraceResult {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(ingress, "ingress");
        hops = List.copyOf(hops);
        checks = List.copyOf(checks);
    }

    /** A trace whose forward (if any) did not cross the backbone. */
    public TraceResult(Tier tier, Family family, Endpoint ingress, Endpoint egress, List<Hop> hops, List<Check> checks) {
        this(tier, family, ingress, egress, hops, checks, null);
    }

    /** The backbone route of the forward, when the backbone decided it. */
    public Optional<BackboneRoute> backboneRoute() {
        return Optional.ofNullable(route);
    }

    /** The check that settled the tier: the one to keep in view next to it. */
    public Check decisiveCheck() {
        return checks.get(checks.size() - 1);
    }
}
