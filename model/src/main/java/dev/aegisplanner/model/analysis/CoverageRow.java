package dev.aegisplanner.model.analysis;

import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.Family;
import java.util.Objects;

/**
 * Where one zone's requests of one family go when they enter on one server.
 *
 * @param ingress the server the requests enter on, with its data center and location ({@code ip} is null)
 * @param egress where they leave, with the address; {@code null} exactly when the tier is
 *     {@link Tier#NO_EGRESS}
 */
public record CoverageRow(String zone, Family family, Endpoint ingress, Tier tier, Endpoint egress) {

    public CoverageRow {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(ingress, "ingress");
        Objects.requireNonNull(tier, "tier");
    }

    public String ingressServer() {
        return ingress.server();
    }

    /** The location the requests egress from, or {@code null} when nothing can egress. */
    public String egressLocation() {
        return egress == null ? null : egress.location();
    }
}
