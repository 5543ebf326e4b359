package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.ServerPlace;
import java.util.Objects;

/**
 * Where a request egresses, without the explanation: what {@link ForwardingEngine#decide} answers for coverage and
 * capacity, which ask it for every zone, family and ingress server. The places are the engine's own (made once
 * per engine), so a decision costs one small object.
 *
 * @param ingress the server the request entered on, with its data center and location
 * @param egress where the connection leaves; {@code null} exactly when the tier is {@link Tier#NO_EGRESS}
 * @param ip the egress address in canonical form; {@code null} for {@link Tier#NO_EGRESS} and for a shared address
 *     ({@link Tier#NO_AEGIS})
 * @param route the backbone path of an {@link Tier#OTHER_LOCATION} forward the backbone decided, as
 *     {@link TraceResult#route()} has it; {@code null} otherwise (then great-circle distance decided a forward)
 */
public record Decision(Tier tier, ServerPlace ingress, ServerPlace egress, String ip, BackboneRoute route) {

    public Decision {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(ingress, "ingress");
    }

    /** The ingress as a trace reports it (no address). */
    public Endpoint ingressEndpoint() {
        return new Endpoint(ingress.server().id(), ingress.dataCenter().id(), ingress.location().id(), null);
    }

    /** The egress as a trace reports it, or {@code null} for {@link Tier#NO_EGRESS}. */
    public Endpoint egressEndpoint() {
        return egress == null ? null
                : new Endpoint(egress.server().id(), egress.dataCenter().id(), egress.location().id(), ip);
    }
}
