package dev.aegisplanner.model.topology;

import java.util.Objects;

/**
 * A named request a planner wants to watch: zone, origin, ingress server and family.
 *
 * @param family {@code null} means the origin's default family
 * @param expect optional name of the tier the planner expects (a {@code Tier} constant); lets a
 *     topology file carry its own checks, which the sample tests and {@code trace} use
 */
public record Scenario(String id, String name, String description, String zone, String origin,
                       String ingressServer, Family family, String expect) {

    public Scenario {
        Objects.requireNonNull(id, "id");
    }

    public String displayName() {
        return name == null ? id : name;
    }
}
