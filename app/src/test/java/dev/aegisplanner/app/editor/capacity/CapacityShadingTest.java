package dev.aegisplanner.app.editor.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.render.Samples;
import dev.aegisplanner.app.render.Shade;
import dev.aegisplanner.app.render.UtilizationColors;
import dev.aegisplanner.app.render.scene.SceneServer;
import dev.aegisplanner.model.capacity.CapacityAnalysis;
import dev.aegisplanner.model.capacity.CapacityReport;
import dev.aegisplanner.model.capacity.FailureImpact;
import dev.aegisplanner.model.capacity.RowStatus;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Capacity on the drawing: one scale, the most utilized address per data center, unserved above all. */
class CapacityShadingTest {

    private final Topology drill = Samples.read("capacity-drill.json");
    private final CapacityAnalysis analysis = CapacityAnalysis.of(drill);

    private static SceneServer drawn(Topology topology, String id, String dataCenter) {
        Server server = topology.servers().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        return new SceneServer(ElementRef.server(id), server, new LayoutBox(0, 0, 100, 60), false, false, List.of(),
                dataCenter, 0);
    }

    @Test
    void aDataCenterTakesTheColourAndPercentOfItsMostUtilizedAddress() {
        CapacityReport report = analysis.report();
        CapacityShading shading = CapacityShading.of(report.rows(), report.stranded());

        Shade frankfurt = shading.dataCenter("FRA-1");
        assertThat(frankfurt.colour()).isEqualTo(UtilizationColors.of(RowStatus.OK));
        assertThat(frankfurt.label()).isEqualTo("70 %");
        assertThat(frankfurt.mark()).isEqualTo(Shade.Mark.PLAIN);
    }

    @Test
    void aServerTakesTheColourOfTheAddressItHoldsThere_oneWithoutAnyHasNone() {
        CapacityReport report = analysis.report();
        CapacityShading shading = CapacityShading.of(report.rows(), report.stranded());

        assertThat(shading.server(drawn(drill, "fra1-s1", "FRA-1")).colour()).isEqualTo(UtilizationColors.of(RowStatus.OK));
        assertThat(shading.server(drawn(drill, "fra1-s3", "FRA-1"))).isNull();
    }

    @Test
    void inAWhatIfTheFailedDataCenterIsHatchedAndAnOverloadedOneStriped() {
        FailureImpact impact = analysis.impactOf(ElementRef.dataCenter("FRA-1"));
        CapacityShading shading = CapacityShading.whatIf(impact.failed().rows(), impact.failed().stranded(),
                impact.failure(), Set.of("FRA-1"));

        assertThat(shading.dataCenter("FRA-1").mark()).isEqualTo(Shade.Mark.WHAT_IF_DOWN);
        Shade survivor = shading.dataCenter("FRA-2");
        assertThat(survivor.colour()).isEqualTo(UtilizationColors.of(RowStatus.OVER));
        assertThat(survivor.mark()).isEqualTo(Shade.Mark.STRIPED);
        assertThat(survivor.label()).isEqualTo("140 %");
    }

    @Test
    void strandedDemandOutranksUtilization_inTheColourOfUnservedDemand() {
        Topology retailer = Samples.read("global-retailer.json");
        CapacityReport report = CapacityAnalysis.of(retailer).report();
        CapacityShading shading = CapacityShading.of(report.rows(), report.stranded());

        Shade tokyo = shading.dataCenter("NRT-1");
        assertThat(tokyo.colour()).isEqualTo(UtilizationColors.UNSERVED);
        assertThat(tokyo.label()).isEqualTo("1,500 unserved");
        assertThat(tokyo.mark()).isEqualTo(Shade.Mark.STRIPED);
    }

    @Test
    void atTheN1WorstEachDataCenterShowsTheWorstAnySingleFailureTakesItTo() {
        CapacityReport report = analysis.report();
        CapacityShading shading = CapacityShading.worstCase(analysis.drills().run().rows(), report.stranded());

        assertThat(shading.dataCenter("FRA-2").label()).isEqualTo("N-1 140 %");
        assertThat(shading.dataCenter("AMS-1").colour()).isEqualTo(UtilizationColors.of(RowStatus.WARN));
    }

    @Test
    void aDataCenterWhoseAddressesNoUpServerHoldsIsLeftUncoloured() {
        CapacityReport report = CapacityAnalysis.of(Samples.read("global-retailer.json")).report();

        assertThat(report.rows()).anySatisfy(r -> assertThat(r.dataCenter()).isEqualTo("NRT-2"));
        assertThat(CapacityShading.of(report.rows(), report.stranded()).dataCenter("NRT-2")).isNull();
    }
}
