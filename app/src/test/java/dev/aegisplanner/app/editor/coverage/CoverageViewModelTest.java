package dev.aegisplanner.app.editor.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.command.CommandStack;
import dev.aegisplanner.app.editor.analysis.UiThread;
import dev.aegisplanner.app.render.Samples;
import dev.aegisplanner.app.render.Shade;
import dev.aegisplanner.app.render.Shading;
import dev.aegisplanner.app.render.TierColors;
import dev.aegisplanner.app.render.scene.SceneServer;
import dev.aegisplanner.model.analysis.CoverageChange;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Validator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Coverage view without a window (PRODUCT.md section 6): a zone's coverage in the tier palette, and a what-if
 * that takes elements down without touching the plan.
 */
class CoverageViewModelTest {

    private final UiThread ui = new UiThread();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
    private final Topology retailer = Samples.read("global-retailer.json");
    private CommandStack commands;
    private CoverageViewModel model;

    @AfterEach
    void stop() {
        worker.shutdownNow();
        ui.close();
    }

    private void open(String zone) {
        ui.run(() -> {
            commands = new CommandStack(retailer);
            model = new CoverageViewModel(commands.topologyProperty(), Validator::validate, worker, ui::execute, 5);
            model.zoneProperty().set(zone);
            model.activeProperty().set(true);
        });
        ui.await(() -> model.stateProperty().get() != null && model.stateProperty().get().ready()
                && zone.equals(model.stateProperty().get().input().zone()));
    }

    private Shade server(String id) {
        Server server = retailer.servers().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        SceneServer drawn = new SceneServer(ElementRef.server(id), server, new LayoutBox(0, 0, 10, 10), false, false,
                List.of(), null, 0);
        return ui.get(() -> model.shadingProperty().get().server(drawn));
    }

    @Test
    void everyServerIsColouredByTheTierItsRequestsReach_everyDataCenterByTheFarthest() {
        open("pay.retailer.example");

        assertThat(server("fra2-s2").colour()).isEqualTo(TierColors.of(Tier.SAME_SERVER));
        assertThat(server("fra2-s1").colour()).isEqualTo(TierColors.of(Tier.SAME_DATA_CENTER));
        assertThat(server("sin1-s1").colour()).isEqualTo(TierColors.of(Tier.OTHER_LOCATION));
        Shade frankfurt2 = ui.get(() -> model.shadingProperty().get().dataCenter("FRA-2"));
        assertThat(frankfurt2.colour()).isEqualTo(TierColors.of(Tier.SAME_DATA_CENTER));
        assertThat(ui.get(() -> model.shadingProperty().get().dataCenter("SIN-1").label()))
                .isEqualTo("Other location \u2192 FRA");
        assertThat(ui.get(() -> model.tiersProperty().get())).containsEntry(Tier.SAME_SERVER, 3);
    }

    @Test
    void takingADataCenterDownShowsWhatMovedAndLeavesThePlanAlone() {
        open("pay.retailer.example");
        Topology plan = ui.get(commands::topology);

        ui.run(() -> model.takeDown(List.of(ElementRef.dataCenter("FRA-2"))));
        ui.await(() -> !model.changes().isEmpty());

        List<CoverageChange> changes = ui.get(() -> List.copyOf(model.changes()));
        assertThat(changes).filteredOn(c -> c.ingress().server().equals("sin1-s1")).singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(CoverageChange.Kind.REROUTED);
                    assertThat(c.before().egressLocation()).isEqualTo("FRA");
                    assertThat(c.after().egressLocation()).isEqualTo("IAD");
                });
        assertThat(changes).filteredOn(c -> c.ingress().server().equals("fra2-s2")).singleElement()
                .extracting(CoverageChange::kind).isEqualTo(CoverageChange.Kind.INGRESS_DOWN);
        assertThat(server("sin1-s1").mark()).isEqualTo(Shade.Mark.CHANGED);
        assertThat(server("fra2-s1").mark()).isEqualTo(Shade.Mark.WHAT_IF_DOWN);
        assertThat(ui.get(commands::topology)).isSameAs(plan);
        assertThat(ui.get(commands::undoDepth)).isZero();
        assertThat(ui.get(() -> model.whatIfSummaryProperty().get())).startsWith("With FRA-2 down: ");
    }

    @Test
    void whatGoesToNoEgressIsCalledOut() {
        open("pay.retailer.example");

        ui.run(() -> model.takeDown(List.of(ElementRef.location("FRA"), ElementRef.location("IAD"))));
        ui.await(() -> !model.changes().isEmpty());

        assertThat(ui.get(() -> model.changes().stream().filter(c -> c.after() != null)
                .allMatch(c -> c.after().tier() == Tier.NO_EGRESS))).isTrue();
        assertThat(server("sin1-s1").colour()).isEqualTo(TierColors.of(Tier.NO_EGRESS));
        assertThat(ui.get(() -> model.whatIfSummaryProperty().get())).contains("with nowhere to egress");
    }

    @Test
    void bringingTheElementBackUpShowsThePlanAgain() {
        open("pay.retailer.example");
        ui.run(() -> model.toggleDown(ElementRef.dataCenter("FRA-2")));
        ui.await(() -> !model.changes().isEmpty());

        ui.run(() -> model.toggleDown(ElementRef.dataCenter("FRA-2")));
        ui.await(() -> model.changes().isEmpty() && model.stateProperty().get().whatIf() == null);

        assertThat(server("fra2-s2").mark()).isEqualTo(Shade.Mark.PLAIN);
    }

    @Test
    void theFamilyChoosesTheRequests_ipv6EgressesWhereItEnters() {
        open("shop.retailer.example");

        ui.run(() -> model.familyProperty().set(Family.IPV6));
        ui.await(() -> model.stateProperty().get().input().family() == Family.IPV6);

        assertThat(ui.get(() -> model.tiersProperty().get())).containsOnlyKeys(Tier.IPV6_GLOBAL);
    }

    @Test
    void nothingIsWorkedOutWhileNobodyLooks() {
        ui.run(() -> {
            commands = new CommandStack(retailer);
            model = new CoverageViewModel(commands.topologyProperty(), Validator::validate, worker, ui::execute, 5);
        });

        assertThat(ui.get(() -> model.busyProperty().get())).isFalse();
        assertThat(ui.get(() -> model.stateProperty().get())).isNull();
        assertThat(ui.get(() -> model.shadingProperty().get())).isSameAs(Shading.NONE);
        assertThat(ui.get(() -> model.zones().get(0))).isEqualTo("shop.retailer.example");
    }
}
