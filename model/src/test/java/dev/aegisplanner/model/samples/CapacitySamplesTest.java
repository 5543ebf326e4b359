package dev.aegisplanner.model.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.capacity.CapacityAnalysis;
import dev.aegisplanner.model.capacity.CapacityReport;
import dev.aegisplanner.model.capacity.DrillReport;
import dev.aegisplanner.model.capacity.ObservedComparison;
import dev.aegisplanner.model.capacity.ObservedUtilization;
import dev.aegisplanner.model.capacity.RowStatus;
import dev.aegisplanner.model.capacity.Unserved;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The samples with demand tell the capacity stories their descriptions promise. */
class CapacitySamplesTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    private static Topology sample(String name) {
        return TopologyReader.read(SAMPLES.resolve(name)).topology();
    }

    @Test
    void capacityDrill_thePlanHoldsButLosingEitherFrankfurtDataCenterOverloadsTheOther() {
        CapacityAnalysis analysis = CapacityAnalysis.of(sample("capacity-drill.json"));

        DrillReport drills = analysis.drills().run();

        assertThat(analysis.report().holds()).isTrue();
        assertThat(drills.failures()).extracting(o -> o.failure())
                .containsExactlyInAnyOrder(ElementRef.dataCenter("FRA-1"), ElementRef.dataCenter("FRA-2"));
        assertThat(drills.rows()).filteredOn(r -> r.worstStatus() == RowStatus.OVER).hasSize(2)
                .allSatisfy(r -> assertThat(r.worstUtilization()).isEqualTo(1.4));
    }

    @Test
    void capacityObserved_singaporeRunsHotterThanPlannedAndLondonCooler() throws Exception {
        CapacityReport report = CapacityAnalysis.of(sample("capacity-observed.json")).report();

        List<ObservedComparison.Row> rows = ObservedComparison.of(report,
                ObservedUtilization.read(SAMPLES.resolve("capacity/capacity-observed.graphql.json")));

        assertThat(rows.get(0).location()).isEqualTo("SIN");
        assertThat(rows.get(0).planned()).isEqualTo(0.4);
        assertThat(rows.get(0).observedMax()).isCloseTo(0.964, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(rows.get(1).location()).isEqualTo("LHR");
        assertThat(rows.get(1).difference()).isNegative();
    }

    @Test
    void globalRetailer_outletDemandIsUnservedAndSingaporePaymentsAreForwardedToFrankfurt() {
        CapacityReport report = CapacityAnalysis.of(sample("global-retailer.json")).report();

        assertThat(report.unserved()).singleElement().satisfies(u -> {
            assertThat(u.zone()).isEqualTo("outlet.retailer.example");
            assertThat(u.reason()).isEqualTo(Unserved.Reason.NO_EGRESS);
        });
        assertThat(report.forwards()).anySatisfy(f -> {
            assertThat(f.zone()).isEqualTo("pay.retailer.example");
            assertThat(f.from()).isEqualTo("SIN");
            assertThat(f.to()).isEqualTo("FRA");
            assertThat(f.extraLatencyMs()).isEqualTo(80);
        });
        assertThat(report.count(RowStatus.OVER)).isZero();
    }
}
