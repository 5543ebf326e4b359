package dev.aegisplanner.app.editor.analysis;

import dev.aegisplanner.model.topology.Topology;

/**
 * What each analysis reads of a topology, so an edit that changes none of it (a move on the canvas, a renamed
 * scenario) costs the views nothing: they keep what they show. Topologies share unchanged parts, so comparing an
 * untouched list is comparing a reference; one location changed costs that location.
 */
public final class AnalysisInputs {

    private AnalysisInputs() {
    }

    /** Capacity reads the places, the backbone, pools, zones, origins and demand; never the layout. */
    public static boolean sameForCapacity(Topology a, Topology b) {
        return a == b || sameForCoverage(a, b) && a.origins().equals(b.origins()) && a.demand().equals(b.demand());
    }

    /** Coverage reads the places, the backbone, pools and zones: requests in coverage have no origin and no demand. */
    public static boolean sameForCoverage(Topology a, Topology b) {
        return a == b || a.locations().equals(b.locations()) && a.links().equals(b.links())
                && a.pools().equals(b.pools()) && a.zones().equals(b.zones());
    }
}
