package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.engine.Decision;
import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.geo.GreatCircle;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;

/**
 * Every question capacity asks the forwarding engine, in one place: whether a server can egress, and where
 * the cascade sends a request that enters on it. Capacity never re-implements the cascade; when the engine
 * gains a cheaper way to decide, this is the one class that changes.
 */
final class EngineRoutes {

    /**
     * Where the cascade sends a request.
     *
     * @param egressDataCenter {@code null} for {@code NO_EGRESS}
     * @param forwardLatencyMs for {@code OTHER_LOCATION}, the forward's latency: the backbone's when it decided,
     *     else the great-circle estimate; 0 otherwise
     * @param byBackbone whether the backbone decided an {@code OTHER_LOCATION} choice
     */
    record Outcome(Tier tier, String egressDataCenter, String egressLocation, double forwardLatencyMs,
                   boolean byBackbone) {
    }

    private final ForwardingEngine engine;

    /** @param earlier routes over another version of the topology whose engine's work may be taken over, or null */
    EngineRoutes(Topology topology, EngineRoutes earlier) {
        this.engine = new ForwardingEngine(topology, earlier == null ? null : earlier.engine);
    }

    boolean canEgress(String zone, String server, Family family) {
        return engine.canEgress(zone, server, family);
    }

    Outcome route(String zone, String ingressServer, Family family) {
        Decision result = engine.decide(zone, ingressServer, family);
        if (result.egress() == null) {
            return new Outcome(result.tier(), null, null, 0, false);
        }
        double latency = 0;
        boolean byBackbone = false;
        if (result.tier() == Tier.OTHER_LOCATION) {
            byBackbone = result.route() != null;
            Location from = result.ingress().location();
            Location to = result.egress().location();
            latency = byBackbone ? result.route().latencyMs()
                    : GreatCircle.estimatedLatencyMs(GreatCircle.km(from.lat(), from.lon(), to.lat(), to.lon()));
        }
        return new Outcome(result.tier(), result.egress().dataCenter().id(), result.egress().location().id(), latency,
                byBackbone);
    }
}
