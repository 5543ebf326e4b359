package dev.aegisplanner.app.editor.coverage;

import dev.aegisplanner.app.editor.analysis.AnalysisInputs;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import java.util.Objects;
import java.util.Set;

/**
 * What the Coverage view asks: a zone and family of a topology, and the elements a what-if takes down.
 *
 * @param down ids of locations, data centers and servers down in the what-if (the plan keeps them up)
 */
public record CoverageInput(Topology topology, String zone, Family family, Set<String> down) {

    public CoverageInput {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(family, "family");
        down = Set.copyOf(down);
    }

    /** Whether two questions have one answer: the same choices, and nothing coverage reads edited. */
    static boolean sameAnswer(CoverageInput a, CoverageInput b) {
        return Objects.equals(a.zone, b.zone) && a.family == b.family && a.down.equals(b.down)
                && AnalysisInputs.sameForCoverage(a.topology, b.topology);
    }
}
