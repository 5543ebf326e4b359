package dev.aegisplanner.app.editor.problems;

import dev.aegisplanner.model.analysis.StrandedZone;
import dev.aegisplanner.model.analysis.StrandedZones;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;

/**
 * The Problems panel's planning warnings: what the engine finds wrong with a plan whose file is in order, a
 * zone whose requests have nowhere to egress. A click reveals where to look (the server that holds the pool's
 * address in vain), not the zone, which the canvas does not draw. Pure, so it runs off the FX thread: on a
 * topology of 100,000 servers it costs the engine's index and a few milliseconds.
 */
public final class PlanningRows {

    private PlanningRows() {
    }

    /** The planning warnings of a topology without errors (errors block the engine). */
    public static List<ProblemRow> of(Topology topology) {
        return StrandedZones.of(topology).stream().map(PlanningRows::row).toList();
    }

    private static ProblemRow row(StrandedZone stranded) {
        return new ProblemRow(stranded.problem(), stranded.place(), "zone " + stranded.zone(), "");
    }
}
