package dev.aegisplanner.app.editor.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.analysis.UiThread;
import dev.aegisplanner.app.render.Samples;
import dev.aegisplanner.app.render.Shading;
import dev.aegisplanner.model.capacity.RowStatus;
import dev.aegisplanner.model.edit.DemandEdits;
import dev.aegisplanner.model.generate.DemandPlan;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import dev.aegisplanner.model.validation.Validator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Capacity view without a window: rows, what-if and N-1 follow the plan, off the UI thread, and never from an
 * analysis of an older plan.
 */
class CapacityViewModelTest {

    private final UiThread ui = new UiThread();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService background = Executors.newCachedThreadPool();
    private TopologyDocument document;
    private CapacityFeed feed;
    private CapacityViewModel model;

    @AfterEach
    void stop() {
        background.shutdownNow();
        worker.shutdownNow();
        ui.close();
    }

    private void open(Topology topology) {
        ui.run(() -> {
            document = new TopologyDocument(topology, null);
            feed = new CapacityFeed(document.topologyProperty(), Validator::validate, worker, ui::execute, 10);
            model = new CapacityViewModel(feed, background, ui::execute, 2);
        });
        ui.await(() -> feed.state() != null && !model.items().isEmpty() || !model.noticeProperty().get().isEmpty()
                && feed.state() != null);
    }

    @Test
    void theRowsAreThePlansMostUtilizedFirstWithAHeadline() {
        open(Samples.read("capacity-drill.json"));

        assertThat(ui.get(() -> model.items().stream().map(i -> i.row().dataCenter()).toList()))
                .containsExactlyInAnyOrder("FRA-1", "FRA-2", "AMS-1");
        assertThat(ui.get(() -> model.headlineProperty().get())).isEqualTo("37,000 connections \u00b7 3 rows: 3 ok");
        assertThat(ui.get(() -> model.shadingProperty().get())).isNotSameAs(Shading.NONE);
    }

    @Test
    void aDemandEditIsAnalysedAgainAndAMoveIsNot() {
        open(Samples.read("capacity-drill.json"));
        CapacityState before = ui.get(feed::state);

        ui.run(() -> document.commands().execute("Move", t -> t.withLayout(t.layout().with("FRA",
                new LayoutBox(900, 900, 600, 300)))));
        ui.run(() -> document.commands().execute("More demand", t -> DemandEdits.replace(t, 0,
                t.demand().get(0).withConnections(40_000))));
        ui.await(() -> feed.state() != before);

        assertThat(ui.get(() -> model.items().stream().filter(i -> i.row().dataCenter().equals("FRA-1"))
                .findFirst().orElseThrow().utilization())).isEqualTo(1.0);
        CapacityState edited = ui.get(feed::state);
        ui.run(() -> document.commands().execute("Move again", t -> t.withLayout(t.layout().with("AMS",
                new LayoutBox(0, 0, 400, 300)))));
        assertThat(ui.get(() -> feed.busyProperty().get())).isFalse();
        assertThat(ui.get(feed::state)).isSameAs(edited);
    }

    @Test
    void errorsBlockTheAnalysisAndSaySo() {
        open(Samples.read("capacity-drill.json"));

        ui.run(() -> document.commands().execute("Break", t -> t.withZones(List.of(new Zone("shop.example.com",
                "no-such-pool", List.of())))));
        ui.await(() -> model.items().isEmpty());

        assertThat(ui.get(() -> model.noticeProperty().get())).startsWith("The plan has 1 error, which block");
        assertThat(ui.get(() -> model.shadingProperty().get())).isSameAs(Shading.NONE);
    }

    @Test
    void whatIfListsTheRowsThatGetWorseAndBackToThePlanShowsThePlan() {
        open(Samples.read("capacity-drill.json"));

        ui.run(() -> model.whatIf(ElementRef.dataCenter("FRA-1")));
        ui.await(() -> model.impactProperty().get() != null);

        assertThat(ui.get(() -> model.items().stream().map(i -> i.row().dataCenter() + " " + i.status()
                + " was " + i.plan().status()).toList())).containsExactly("FRA-2 OVER was OK");
        assertThat(ui.get(() -> model.whatIfSummaryProperty().get())).isEqualTo(
                "What if data center FRA-1 fails? 1 row worse, 1 pushed over 100 %, nothing more unserved.");
        assertThat(ui.get(() -> model.shownStatusesProperty().get().get(RowStatus.OVER))).isEqualTo(1);

        ui.run(model::backToPlan);
        assertThat(ui.get(() -> model.items().size())).isEqualTo(3);
        assertThat(ui.get(() -> model.whatIfSummaryProperty().get())).isEmpty();
    }

    @Test
    void onlyPlacesFail_aZoneIsRefusedWithAHint() {
        open(Samples.read("capacity-drill.json"));

        ui.run(() -> model.whatIf(null));

        assertThat(ui.get(() -> model.whatIfSummaryProperty().get())).startsWith("Select one location");
        assertThat(ui.get(() -> model.impactProperty().get())).isNull();
    }

    @Test
    void nMinusOneGivesEachRowItsWorstAndTheFailuresThatHurt() {
        open(Samples.read("capacity-drill.json"));

        ui.run(model::runDrills);
        ui.await(() -> model.drillReportProperty().get() != null);

        assertThat(ui.get(() -> model.hurting().stream().map(o -> o.failure().id()).toList()))
                .containsExactlyInAnyOrder("FRA-1", "FRA-2");
        assertThat(ui.get(() -> model.items().stream().mapToDouble(CapacityItem::worstUtilization).max()
                .orElseThrow())).isEqualTo(1.4);
        ui.run(() -> model.worstCaseShownProperty().set(true));
        assertThat(ui.get(() -> model.shownStatusesProperty().get().get(RowStatus.OVER))).isEqualTo(2);
    }

    @Test
    void nMinusOneCanBeCancelled_nothingItFoundIsKept() {
        Topology generated = DemandPlan.everywhere(TopologyGenerator.generate(new GeneratorSpec(120, 400, 8_000, 8, 3)), 3);
        open(generated);

        ui.run(model::runDrills);
        ui.await(() -> model.drillProgressProperty().get() > 0);
        ui.run(model::cancelDrills);
        ui.await(() -> !model.drillsRunningProperty().get());

        assertThat(ui.get(() -> model.drillMessageProperty().get())).isEqualTo("N-1 cancelled.");
        assertThat(ui.get(() -> model.drillReportProperty().get())).isNull();
        assertThat(ui.get(() -> model.items().stream().allMatch(i -> i.drill() == null))).isTrue();
    }

    @Test
    void aPlanChangedAfterNMinusOneForgetsTheResult() {
        open(Samples.read("capacity-drill.json"));
        ui.run(model::runDrills);
        ui.await(() -> model.drillReportProperty().get() != null);
        CapacityState before = ui.get(feed::state);

        ui.run(() -> document.commands().execute("More demand", t -> DemandEdits.replace(t, 1,
                t.demand().get(1).withConnections(10_000))));
        ui.await(() -> feed.state() != before);

        assertThat(ui.get(() -> model.drillReportProperty().get())).isNull();
    }
}
