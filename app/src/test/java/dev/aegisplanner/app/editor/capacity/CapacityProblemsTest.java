package dev.aegisplanner.app.editor.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.editor.problems.ProblemRow;
import dev.aegisplanner.app.render.Samples;
import dev.aegisplanner.model.capacity.CapacityAnalysis;
import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Capacity's planning warnings: unserved demand and addresses over capacity, each pointing at its place. */
class CapacityProblemsTest {

    @Test
    void unservedDemandIsAWarningThatPointsWhereItEnters() {
        List<ProblemRow> rows = CapacityProblems.of(CapacityState.of(CapacityAnalysis.of(
                Samples.read("global-retailer.json"))));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.severity()).isEqualTo(Severity.WARNING);
            assertThat(row.problem().code()).isEqualTo(CapacityProblems.UNSERVED);
            assertThat(row.target()).contains(ElementRef.dataCenter("NRT-1"));
            assertThat(row.message()).startsWith("1,500 connections unserved: outlet.retailer.example");
        });
    }

    @Test
    void aDataCenterOverCapacityIsOneWarningNamingItsWorstAddress() {
        Topology drill = PropertyEdits.setStatus(Samples.read("capacity-drill.json"), ElementRef.dataCenter("FRA-1"),
                Status.DOWN);

        List<ProblemRow> rows = CapacityProblems.of(CapacityState.of(CapacityAnalysis.of(drill)));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.problem().code()).isEqualTo(CapacityProblems.OVER);
            assertThat(row.target()).contains(ElementRef.dataCenter("FRA-2"));
            assertThat(row.message()).isEqualTo("Address 192.0.2.50 is over capacity in FRA-2: 192.0.2.50 for "
                    + "203.0.113.60:443 carries 28,000 of 20,000 connections (140.0 %)");
        });
    }

    @Test
    void aPlanThatHoldsAndOneTheErrorsBlockHaveNone() {
        assertThat(CapacityProblems.of(CapacityState.of(CapacityAnalysis.of(Samples.read("capacity-drill.json")))))
                .isEmpty();
        assertThat(CapacityProblems.of(CapacityState.blocked(Samples.read("capacity-drill.json"), 2))).isEmpty();
    }
}
