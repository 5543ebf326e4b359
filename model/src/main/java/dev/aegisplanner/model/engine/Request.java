package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Scenario;
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

    public static Request of(Scenario scenario) {
        return new Request(scenario.zone(), scenario.origin(), scenario.ingressServer(), scenario.family());
    }
}
