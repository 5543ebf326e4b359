package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.RequestException;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.util.Optional;

/**
 * What the planner asked to watch: a saved scenario, read again from every new topology so that editing the
 * scenario changes the trace, or a request put together by hand. A scenario's request is remembered too:
 * when the scenario is deleted (or its addition undone) the same request goes on being traced.
 *
 * @param scenarioId the scenario to follow, or {@code null} for a request by hand
 * @param family {@code null} is the origin's default
 */
public record TraceRequest(String scenarioId, String zone, String origin, String ingressServer, Family family) {

    /** Follows a scenario, remembering what it asks now. */
    public static TraceRequest of(Scenario scenario) {
        return new TraceRequest(scenario.id(), scenario.zone(), scenario.origin(), scenario.ingressServer(),
                scenario.family());
    }

    public static TraceRequest byHand(String zone, String origin, String ingressServer, Family family) {
        return new TraceRequest(null, zone, origin, ingressServer, family);
    }

    /**
     * The engine's request in this topology: the scenario's while it exists, else the one remembered.
     *
     * @throws RequestException when the request names no zone, origin or ingress server
     */
    public Request resolve(Topology topology) {
        Optional<Scenario> followed = scenarioId == null ? Optional.empty() : topology.scenario(scenarioId);
        if (followed.isPresent()) {
            Scenario s = followed.get();
            if (s.zone() == null || s.origin() == null || s.ingressServer() == null) {
                throw new RequestException("scenario " + scenarioId + " needs a zone, an origin and an ingress server");
            }
            return Request.of(s);
        }
        return new Request(require(zone, "a zone"), require(origin, "an origin"),
                require(ingressServer, "an ingress server"), family);
    }

    /**
     * The request as a scenario, for exports that draw "the trace shown": the scenario followed while it exists,
     * else an unsaved one named after where the request enters ({@code request} is its id).
     */
    public Scenario asScenario(Topology topology) {
        Optional<Scenario> followed = scenarioId == null ? Optional.empty() : topology.scenario(scenarioId);
        return followed.orElseGet(() -> new Scenario("request", "Request from " + ingressServer, null, zone, origin,
                ingressServer, family, null));
    }

    private static String require(String value, String what) {
        if (value == null) {
            throw new RequestException("choose " + what);
        }
        return value;
    }
}
