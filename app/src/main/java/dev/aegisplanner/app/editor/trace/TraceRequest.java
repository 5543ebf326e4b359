package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.RequestException;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;

/**
 * What the planner asked to watch: a saved scenario, which is read again from every new topology so editing
 * the scenario changes the trace, or a request put together by hand.
 *
 * @param scenarioId the scenario to follow, or {@code null} for a request by hand
 * @param zone, origin, ingressServer, family the request by hand ({@code null} when following a scenario);
 *     {@code family} {@code null} is the origin's default
 */
public record TraceRequest(String scenarioId, String zone, String origin, String ingressServer, Family family) {

    public static TraceRequest scenario(String id) {
        return new TraceRequest(id, null, null, null, null);
    }

    public static TraceRequest byHand(String zone, String origin, String ingressServer, Family family) {
        return new TraceRequest(null, zone, origin, ingressServer, family);
    }

    public boolean followsScenario() {
        return scenarioId != null;
    }

    /**
     * The engine's request in this topology.
     *
     * @throws RequestException when the scenario no longer exists or names no zone, origin or ingress server
     */
    public Request resolve(Topology topology) {
        if (!followsScenario()) {
            return new Request(require(zone, "a zone"), require(origin, "an origin"),
                    require(ingressServer, "an ingress server"), family);
        }
        Scenario s = topology.scenario(scenarioId)
                .orElseThrow(() -> new RequestException("scenario " + scenarioId + " no longer exists"));
        if (s.zone() == null || s.origin() == null || s.ingressServer() == null) {
            throw new RequestException("scenario " + scenarioId + " needs a zone, an origin and an ingress server");
        }
        return Request.of(s);
    }

    private static String require(String value, String what) {
        if (value == null) {
            throw new RequestException("choose " + what);
        }
        return value;
    }
}
