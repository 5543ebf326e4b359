package dev.aegisplanner.app.editor.coverage;

import dev.aegisplanner.app.map.MapHeat;
import dev.aegisplanner.model.analysis.CoverageDiff;
import dev.aegisplanner.model.analysis.ZoneCoverage;

/**
 * The Coverage view's answer: the zone's coverage in the plan, with the what-if's elements down, the difference,
 * and the colours for the drawing, worked out together off the FX thread; or why there is none.
 *
 * @param plan {@code null} when blocked, failed or without a zone
 * @param whatIf the coverage with the what-if's elements down; {@code null} without any
 * @param diff what changed with them down; {@code null} without any
 * @param heat the same coverage on the map
 * @param errors validation errors of the topology; any blocks the engine
 * @param failure what went wrong when the analysis failed, else {@code null}
 */
public record CoverageState(CoverageInput input, ZoneCoverage plan, ZoneCoverage whatIf, CoverageDiff diff,
                     CoverageShading shading, MapHeat heat, int errors, String failure) {

    static CoverageState blocked(CoverageInput input, int errors) {
        return new CoverageState(input, null, null, null, null, MapHeat.NONE, errors, null);
    }

    static CoverageState failed(CoverageInput input, RuntimeException e) {
        return new CoverageState(input, null, null, null, null, MapHeat.NONE, 0,
                e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    public boolean ready() {
        return plan != null;
    }

    /** The coverage the drawing shows: with the what-if's elements down when there are any. */
    public ZoneCoverage shown() {
        return whatIf != null ? whatIf : plan;
    }
}
