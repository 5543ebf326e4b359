package dev.aegisplanner.model.analysis;

import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.topology.Family;
import java.util.Objects;

/**
 * One request (zone, family, ingress server) that a change to the topology affects.
 *
 * @param before the request's row before; {@code null} when its ingress server was down then
 * @param after the request's row after; {@code null} when its ingress server is down now
 */
public record CoverageChange(CoverageRow before, CoverageRow after) {

    /** What happened to the request. */
    public enum Kind {
        /** The request still enters there, but reaches another tier or egresses from another location. */
        REROUTED,
        /** The ingress server is down now (itself, or its data center or location): requests no longer enter there. */
        INGRESS_DOWN,
        /** The ingress server was down and is up now. */
        INGRESS_UP
    }

    public CoverageChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a row before or after");
        }
    }

    public Kind kind() {
        return before == null ? Kind.INGRESS_UP : after == null ? Kind.INGRESS_DOWN : Kind.REROUTED;
    }

    public String zone() {
        return either().zone();
    }

    public Family family() {
        return either().family();
    }

    public Endpoint ingress() {
        return either().ingress();
    }

    /** Whether the pair differs in a way a planner must hear of: the tier, or the egress location. */
    static boolean differ(CoverageRow before, CoverageRow after) {
        return before.tier() != after.tier() || !Objects.equals(before.egressLocation(), after.egressLocation());
    }

    private CoverageRow either() {
        return before != null ? before : after;
    }
}
