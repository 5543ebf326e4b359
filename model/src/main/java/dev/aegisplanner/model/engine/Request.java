package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A request to trace: a zone, an origin, the server it enters on, and the family.
 *
 * @param family {@code null} means the origin's default family (IPv4 when it has an IPv4 address)
 */
public record Request(String zone, String origin, String ingressServer, Family family) {

    public Request {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(ingressServer, "ingressServer");
    }

    /**
     * The request a scenario describes.
     *
     * @throws RequestException when the scenario lacks its zone, origin or ingress server (a file read best
     *     effort, or an edit in progress, can leave one out)
     */
    public static Request of(Scenario scenario) {
        List<String> missing = new ArrayList<>();
        if (scenario.zone() == null) {
            missing.add("zone");
        }
        if (scenario.origin() == null) {
            missing.add("origin");
        }
        if (scenario.ingressServer() == null) {
            missing.add("ingress server");
        }
        if (!missing.isEmpty()) {
            throw new RequestException("scenario " + scenario.id() + " has no " + String.join(" and no ", missing)
                    + "; a request needs a zone, an origin and an ingress server");
        }
        return new Request(scenario.zone(), scenario.origin(), scenario.ingressServer(), scenario.family());
    }
}
