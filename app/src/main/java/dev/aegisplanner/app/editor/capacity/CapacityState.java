package dev.aegisplanner.app.editor.capacity;

import dev.aegisplanner.model.capacity.CapacityAnalysis;
import dev.aegisplanner.model.topology.Topology;
import java.util.Objects;

/**
 * What the capacity views show for one topology: its analysis, or why there is none (errors block it, as they
 * block the engine everywhere in the editor; or the analysis failed, which is a bug, said plainly).
 *
 * @param analysis {@code null} when blocked or failed
 * @param errors how many validation errors the topology has; any blocks the analysis
 * @param failure what went wrong when the analysis failed, else {@code null}
 */
public record CapacityState(Topology topology, CapacityAnalysis analysis, int errors, String failure) {

    public CapacityState {
        Objects.requireNonNull(topology, "topology");
    }

    static CapacityState of(CapacityAnalysis analysis) {
        return new CapacityState(analysis.topology(), analysis, 0, null);
    }

    static CapacityState blocked(Topology topology, int errors) {
        return new CapacityState(topology, null, errors, null);
    }

    static CapacityState failed(Topology topology, RuntimeException e) {
        return new CapacityState(topology, null, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    public boolean ready() {
        return analysis != null;
    }
}
