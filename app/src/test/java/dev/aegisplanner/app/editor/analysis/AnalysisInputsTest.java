package dev.aegisplanner.app.editor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.render.Samples;
import dev.aegisplanner.model.edit.DemandEdits;
import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import org.junit.jupiter.api.Test;

/** What each analysis reads: an edit of anything else leaves its answer as it was. */
class AnalysisInputsTest {

    private final Topology drill = Samples.read("capacity-drill.json");

    @Test
    void aMoveOnTheCanvasChangesNeitherCoverageNorCapacity() {
        Topology moved = drill.withLayout(drill.layout().with("FRA", new LayoutBox(500, 500, 600, 300)));

        assertThat(AnalysisInputs.sameForCoverage(drill, moved)).isTrue();
        assertThat(AnalysisInputs.sameForCapacity(drill, moved)).isTrue();
    }

    @Test
    void demandIsReadByCapacityOnly() {
        Topology more = DemandEdits.add(drill, Demand.inLocation("shop.example.com", "shop-origin", "AMS", 5));

        assertThat(AnalysisInputs.sameForCoverage(drill, more)).isTrue();
        assertThat(AnalysisInputs.sameForCapacity(drill, more)).isFalse();
    }

    @Test
    void aServerDownIsReadByBoth() {
        Topology down = PropertyEdits.setStatus(drill, ElementRef.server("fra1-s1"), Status.DOWN);

        assertThat(AnalysisInputs.sameForCoverage(drill, down)).isFalse();
        assertThat(AnalysisInputs.sameForCapacity(drill, down)).isFalse();
    }
}
