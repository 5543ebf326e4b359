package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aegisplanner.app.editor.analysis.AnalysisOverlay.Colouring;
import dev.aegisplanner.app.editor.capacity.CapacityItem;
import dev.aegisplanner.app.editor.capacity.CapacityProblems;
import dev.aegisplanner.app.editor.problems.ProblemRow;
import dev.aegisplanner.app.render.Samples;
import dev.aegisplanner.app.render.Shading;
import dev.aegisplanner.app.render.TierColors;
import dev.aegisplanner.model.analysis.CoverageChange;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.ElementRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The analysis views in the real window, headless, on the demo sample: editing and importing demand, the capacity
 * table and its what-if, coverage and its what-if, and capacity's warnings in the Problems panel.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisWindowTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) throws IOException {
        harness = new EditorHarness(Samples.read("global-retailer.json"));
        harness.start(stage);
    }

    @BeforeEach
    void opened() throws TimeoutException {
        harness.awaitOpened();
    }

    private AnalysisWorkbench analyses() {
        return harness.window.analyses();
    }

    private void showTab(FxRobot robot, String id) {
        robot.clickOn(id);
        waitForFxEvents();
    }

    /** The Demand tab, often in the side panels' overflow menu on a small screen: chosen as that menu would. */
    private void showDemand(FxRobot robot) throws TimeoutException {
        TabPane sides = robot.lookup("#side-panels").queryAs(TabPane.class);
        robot.interact(() -> sides.getSelectionModel().select(sides.getTabs().stream()
                .filter(t -> "tab-demand".equals(t.getId())).findFirst().orElseThrow()));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#demand-table").tryQuery().isPresent());
    }

    private void awaitCapacity() throws TimeoutException {
        waitFor(20, TimeUnit.SECONDS, () -> !analyses().capacity().items().isEmpty());
    }

    @Test
    void demandIsEditedInItsPanel_everyChangeOneUndoableStep(FxRobot robot) throws TimeoutException {
        showDemand(robot);
        TableView<?> table = robot.lookup("#demand-table").queryTableView();
        robot.clickOn(table.lookup(".table-row-cell"));
        TextField connections = robot.lookup("#demand-connections").queryAs(TextField.class);

        robot.doubleClickOn(connections).eraseText(connections.getText().length()).write("25,500").type(KeyCode.ENTER);
        robot.clickOn("#demand-place");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                (javafx.scene.control.ListCell<?> cell) -> "AMS".equals(cell.getText())).queryAs(javafx.scene.Node.class));

        assertThat(harness.window.document().topology().demand().get(0))
                .isEqualTo(Demand.inLocation("shop.retailer.example", "shop-origin", "AMS", 25_500));
        robot.clickOn(table.lookup(".table-row-cell"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(harness.window.document().topology().demand().get(0).location()).isEqualTo("FRA");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(harness.window.document().topology().demand().get(0).connections()).isEqualTo(14_000);
        assertThat(connections.getText()).isEqualTo("14,000");
        assertThat(harness.window.document().commands().undoDepth()).isZero();
    }

    @Test
    void aConnectionsValueThatIsNoNumberIsRefusedInPlace(FxRobot robot) throws TimeoutException {
        showDemand(robot);
        robot.clickOn(robot.lookup("#demand-table").queryTableView().lookup(".table-row-cell"));
        TextField connections = robot.lookup("#demand-connections").queryAs(TextField.class);
        long revision = harness.window.document().commands().revisionProperty().get();

        robot.doubleClickOn(connections).eraseText(connections.getText().length()).write("lots").type(KeyCode.ENTER);

        assertThat(harness.window.document().commands().revisionProperty().get()).isEqualTo(revision);
        assertThat(robot.lookup(".field-problem").queryAs(Label.class).getText()).startsWith("Connections are a number");
    }

    @Test
    void aGoodCsvReplacesTheDemandInOneStep(FxRobot robot) throws Exception {
        Path csv = harness.folder.resolve("peak.csv");
        Files.writeString(csv, "zone,origin,location,dataCenter,connections,family\n"
                + "shop.retailer.example,shop-origin,FRA,,\"30,000\",\n"
                + "pay.retailer.example,pay-origin,,IAD-1,5000,ipv4\n");

        robot.interact(() -> analyses().demandImport().importFile(csv));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#demand-import-dialog").tryQuery().isPresent());
        robot.clickOn("Import");

        List<Demand> demand = harness.window.document().topology().demand();
        assertThat(demand).containsExactly(Demand.inLocation("shop.retailer.example", "shop-origin", "FRA", 30_000),
                new Demand("pay.retailer.example", "pay-origin", null, "IAD-1", 5_000,
                        dev.aegisplanner.model.topology.Family.IPV4));
        assertThat(harness.window.document().commands().undoLabelProperty().get())
                .isEqualTo("Undo Replace demand with peak.csv");
    }

    @Test
    void aBrokenCsvShowsEachProblemWithItsLine_cancelChangesNothing_orTheAcceptableEntriesAreTaken(FxRobot robot)
            throws Exception {
        Path csv = harness.folder.resolve("broken.csv");
        Files.writeString(csv, "zone,origin,location,connections\n"
                + "shop.retailer.example,shop-origin,FRA,30000\n"
                + "shop.retailer.example,shop-origin,ZRH,2000\n"
                + "shop.retailer.example,shop-origin,AMS,lots\n");
        var before = harness.window.document().topology();

        robot.interact(() -> analyses().demandImport().importFile(csv));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#demand-import-problems").tryQuery().isPresent());
        ListView<String> problems = robot.lookup("#demand-import-problems").queryListView();
        assertThat(problems.getItems()).hasSize(2);
        assertThat(problems.getItems().get(0)).startsWith("line 3, column ");
        assertThat(problems.getItems().get(1)).startsWith("line 4, column ").contains("'lots' is not a number");
        robot.clickOn("Cancel");
        assertThat(harness.window.document().topology()).isSameAs(before);

        robot.interact(() -> analyses().demandImport().importFile(csv));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#demand-import-problems").tryQuery().isPresent());
        robot.clickOn("#demand-import-add").clickOn("Import 1 Acceptable Entry");
        assertThat(harness.window.document().topology().demand()).hasSize(before.demand().size() + 1)
                .endsWith(Demand.inLocation("shop.retailer.example", "shop-origin", "FRA", 30_000));
    }

    @Test
    void theCapacityTableSortsByAnyColumnAndSaysEachStatusInWordsAndColour(FxRobot robot) throws TimeoutException {
        showTab(robot, "#tab-capacity");
        awaitCapacity();
        TableView<CapacityItem> table = robot.lookup("#capacity-table").queryTableView();
        assertThat(table.getItems().get(0).row().dataCenter()).isEqualTo("AMS-1");

        robot.clickOn("Address");
        waitForFxEvents();

        assertThat(table.getItems()).isSortedAccordingTo(Comparator.comparing(i -> i.row().address()));
        Label warn = robot.lookup("#capacity-table .utilization-chip.utilization-warn").queryAs(Label.class);
        assertThat(warn.getText()).isEqualTo("warn");
        assertThat(robot.lookup("#capacity-table .utilization-chip.utilization-ok").queryAll()).isNotEmpty();
    }

    @Test
    void showingTheCapacityPanelColoursTheDrawingUntilTheLegendIsClosed(FxRobot robot) throws TimeoutException {
        assertThat(harness.window.canvas().shading()).isSameAs(Shading.NONE);

        showTab(robot, "#tab-capacity");
        awaitCapacity();
        waitFor(5, TimeUnit.SECONDS, () -> harness.window.canvas().shading() != Shading.NONE);
        assertThat(harness.window.canvas().shading().dataCenter("AMS-1").label()).isEqualTo("88 %");

        robot.clickOn("#analysis-legend-close");
        assertThat(harness.window.canvas().shading()).isSameAs(Shading.NONE);
        assertThat(analyses().overlay().colouringProperty().get()).isEqualTo(Colouring.NONE);
    }

    @Test
    void whatIfTheSelectionFailsShowsTheRowsThatGetWorse(FxRobot robot) throws TimeoutException {
        showTab(robot, "#tab-capacity");
        awaitCapacity();
        robot.interact(() -> harness.window.selection().select(ElementRef.dataCenter("AMS-1")));

        robot.clickOn("#capacity-what-if");
        waitFor(10, TimeUnit.SECONDS, () -> analyses().capacity().impactProperty().get() != null);

        TableView<CapacityItem> table = robot.lookup("#capacity-table").queryTableView();
        // Amsterdam's demand falls over to AMS-2, which holds no shop address: the closest that does is London 2.
        assertThat(table.getItems()).extracting(i -> i.row().dataCenter()).containsExactly("LHR-2");
        assertThat(robot.lookup("#capacity-what-if-summary").queryAs(Label.class).getText())
                .startsWith("What if data center AMS-1 fails?");
        assertThat(harness.window.canvas().shading().dataCenter("AMS-1").label()).isEqualTo("fails");

        robot.clickOn("#capacity-back-to-plan");
        assertThat(table.getItems()).hasSize(22);
    }

    @Test
    void coverageColoursByTierAndATakeDownShowsWhatMovedWithoutEditingThePlan(FxRobot robot) throws TimeoutException {
        showTab(robot, "#tab-coverage");
        robot.interact(() -> analyses().coverage().zoneProperty().set("pay.retailer.example"));
        waitFor(10, TimeUnit.SECONDS, () -> harness.window.canvas().shading() != Shading.NONE
                && analyses().coverage().stateProperty().get().input().zone().equals("pay.retailer.example"));
        assertThat(harness.window.canvas().shading().dataCenter("SIN-1").colour())
                .isEqualTo(TierColors.of(Tier.OTHER_LOCATION));

        robot.interact(() -> harness.window.selection().select(ElementRef.dataCenter("FRA-2")));
        robot.clickOn("#coverage-take-down");
        waitFor(10, TimeUnit.SECONDS, () -> !analyses().coverage().changes().isEmpty());

        TableView<CoverageChange> changes = robot.lookup("#coverage-changes").queryTableView();
        assertThat(changes.getItems()).anySatisfy(c -> {
            assertThat(c.ingress().server()).isEqualTo("sin1-s1");
            assertThat(c.after().egressLocation()).isEqualTo("IAD");
        });
        assertThat(harness.window.document().isDirty()).isFalse();
        assertThat(harness.window.document().commands().undoDepth()).isZero();

        robot.clickOn("#coverage-down-FRA-2");
        waitFor(10, TimeUnit.SECONDS, () -> analyses().coverage().changes().isEmpty());
    }

    @Test
    void capacityWarningsComeAndGoInTheProblemsPanel_aClickShowsThePlace(FxRobot robot) throws TimeoutException {
        TableView<ProblemRow> problems = robot.lookup("#problems-table").queryTableView();
        waitFor(20, TimeUnit.SECONDS, () -> problems.getItems().stream()
                .anyMatch(r -> r.problem().code().equals(CapacityProblems.UNSERVED)));
        assertThat(problems.getItems()).noneMatch(r -> r.problem().code().equals(CapacityProblems.OVER));

        robot.interact(() -> harness.window.document().commands().execute("Busier Amsterdam",
                t -> dev.aegisplanner.model.edit.DemandEdits.replace(t, 1, t.demand().get(1).withConnections(12_000))));
        waitFor(20, TimeUnit.SECONDS, () -> problems.getItems().stream()
                .anyMatch(r -> r.problem().code().equals(CapacityProblems.OVER)));

        robot.clickOn("#tab-problems");
        ProblemRow over = problems.getItems().stream().filter(r -> r.problem().code().equals(CapacityProblems.OVER))
                .findFirst().orElseThrow();
        robot.interact(() -> problems.scrollTo(over));
        robot.clickOn(robot.lookup("#problems-table .table-row-cell").match(n ->
                ((javafx.scene.control.TableRow<?>) n).getItem() == over).queryAs(javafx.scene.Node.class));
        assertThat(harness.window.selection().selected()).containsExactly(ElementRef.dataCenter("AMS-1"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(20, TimeUnit.SECONDS, () -> problems.getItems().stream()
                .noneMatch(r -> r.problem().code().equals(CapacityProblems.OVER)));
    }

    @Test
    void whatIfThisFailsIsInTheCanvasContextMenuOfADataCenter(FxRobot robot) throws TimeoutException {
        waitFor(20, TimeUnit.SECONDS, () -> analyses().feed().state() != null
                && !analyses().feed().busyProperty().get());
        javafx.geometry.Point2D onAmsterdam = pointOn(ElementRef.dataCenter("AMS-1"));

        robot.rightClickOn(onAmsterdam);
        robot.clickOn("#context-what-if-fails");
        waitFor(10, TimeUnit.SECONDS, () -> analyses().capacity().impactProperty().get() != null);

        assertThat(harness.window.selection().selected()).containsExactly(ElementRef.dataCenter("AMS-1"));
        assertThat(analyses().capacity().impactProperty().get().failure()).isEqualTo(ElementRef.dataCenter("AMS-1"));
        assertThat(robot.lookup("#capacity-what-if-summary").queryAs(Label.class).isVisible()).isTrue();
    }

    /** A point on the screen where the canvas finds the element itself (not something inside it). */
    private javafx.geometry.Point2D pointOn(ElementRef element) {
        var canvas = harness.window.canvas();
        for (double y = 4; y < canvas.getHeight(); y += 6) {
            for (double x = 4; x < canvas.getWidth(); x += 6) {
                if (canvas.elementAt(x, y).filter(element::equals).isPresent()) {
                    return canvas.localToScreen(x, y);
                }
            }
        }
        throw new AssertionError(element + " is not drawn");
    }
}
