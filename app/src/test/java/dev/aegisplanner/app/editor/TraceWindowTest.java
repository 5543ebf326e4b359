package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aegisplanner.app.editor.problems.ProblemRow;
import dev.aegisplanner.app.editor.trace.TraceEvent;
import dev.aegisplanner.app.editor.trace.TraceSession;
import dev.aegisplanner.app.trace.TracePlayback;
import dev.aegisplanner.model.edit.StructureEdits;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Watching a request in the real window, headless: the packet visits the hops in order, stepping lands on the
 * right hop, an edit while it plays replays the new path with a call-out, errors in the plan block the trace and
 * are listed in its place.
 */
@ExtendWith(ApplicationExtension.class)
class TraceWindowTest {

    private EditorHarness harness;

    /** Five metros with a request from fra1-s2, which forwards to fra1-s1 in its data center. */
    static Topology withScenarios() {
        Topology five = EditorFixtures.fiveMetros();
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(new Scenario("fra-neighbour", "Frankfurt forwards to its neighbour",
                "fra1-s2 holds no address; fra1-s1 next to it does.", "shop.example.com", "acme-origin", "fra1-s2",
                null, "SAME_DATA_CENTER"));
        scenarios.add(new Scenario("lon-direct", "London egresses itself", null, "shop.example.com", "acme-origin",
                "lon1-s1", null, "SAME_SERVER"));
        scenarios.addAll(five.scenarios());
        return five.withScenarios(scenarios);
    }

    @Start
    void start(Stage stage) throws IOException {
        harness = new EditorHarness(withScenarios());
        harness.start(stage);
    }

    @BeforeEach
    void opened() throws TimeoutException {
        harness.awaitOpened();
    }

    private TraceSession session() {
        return harness.window.traceSession();
    }

    private TracePlayback playback() {
        return session().playback();
    }

    private TableView<TraceEvent> events(FxRobot robot) {
        return robot.lookup("#trace-events").queryTableView();
    }

    private void choose(FxRobot robot, String scenarioName) {
        robot.clickOn("#trace-scenario").clickOn(scenarioName);
        waitForFxEvents();
    }

    @Test
    void the_packet_visits_every_hop_in_order_and_the_event_list_follows_it(FxRobot robot) throws TimeoutException {
        List<Integer> visited = new ArrayList<>();
        List<Integer> listed = new ArrayList<>();
        robot.interact(() -> {
            playback().speedProperty().set(4);
            playback().currentStepProperty().addListener((obs, old, now) -> visited.add(now.intValue()));
            events(robot).getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
                if (now.intValue() >= 0) {
                    listed.add(now.intValue());
                }
            });
        });

        choose(robot, "Frankfurt forwards to its neighbour");
        waitFor(10, TimeUnit.SECONDS, () -> playback().atEndProperty().get() && !playback().playingProperty().get());

        assertThat(session().traceProperty().get().tier()).isEqualTo(Tier.SAME_DATA_CENTER);
        assertThat(visited).containsExactly(1, 2, 3, 4);
        assertThat(listed).endsWith(1, 2, 3, 4);
        assertThat(events(robot).getItems()).extracting(TraceEvent::element)
                .containsExactly("", "FRA-1", "fra1-s2", "fra1-s1", "acme-origin");
        assertThat(robot.lookup("#trace-checks").queryListView().getItems())
                .hasSameSizeAs(session().traceProperty().get().checks());
    }

    @Test
    void stepping_back_and_forward_lands_on_the_right_hop(FxRobot robot) {
        choose(robot, "Frankfurt forwards to its neighbour");
        robot.interact(() -> playback().pause());
        robot.interact(() -> playback().goTo(0));

        robot.clickOn("#tool-trace-step-forward").clickOn("#tool-trace-step-forward").clickOn("#tool-trace-step-forward");
        assertThat(playback().currentStepProperty().get()).isEqualTo(3);
        assertThat(events(robot).getSelectionModel().getSelectedIndex()).isEqualTo(3);
        assertThat(robot.lookup("#trace-checks").queryListView().getItems()).hasSize(3);

        robot.clickOn("#tool-trace-step-back");
        assertThat(playback().currentStepProperty().get()).isEqualTo(2);

        robot.type(KeyCode.F7);
        assertThat(playback().currentStepProperty().get()).isEqualTo(1);
        assertThat(robot.lookup("#trace-checks").queryListView().getItems()).isEmpty();

        robot.type(KeyCode.F8);
        assertThat(playback().currentStepProperty().get()).isEqualTo(2);
        assertThat(playback().playingProperty().get()).isFalse();
    }

    @Test
    void selecting_an_event_moves_the_packet_there(FxRobot robot) {
        choose(robot, "Frankfurt forwards to its neighbour");
        robot.interact(() -> playback().pause());

        robot.clickOn(robot.from(events(robot)).lookup(".table-row-cell").nth(3).queryAs(javafx.scene.Node.class));

        assertThat(playback().currentStepProperty().get()).isEqualTo(3);
        assertThat(playback().positionProperty().get()).isEqualTo(3.0);
    }

    @Test
    void taking_the_egress_server_down_in_the_property_sheet_replays_the_new_path_and_calls_it_out(FxRobot robot) {
        robot.interact(() -> playback().speedProperty().set(0.5));
        choose(robot, "Frankfurt forwards to its neighbour");
        robot.interact(() -> playback().goTo(3));
        robot.interact(() -> playback().play());

        robot.interact(() -> harness.window.selection().select(ElementRef.server("fra1-s1")));
        robot.clickOn("#field-status").clickOn("down");

        assertThat(session().traceProperty().get().tier()).isEqualTo(Tier.OTHER_LOCATION);
        assertThat(session().traceProperty().get().egress().server()).isEqualTo("ams1-s1");
        assertThat(playback().playingProperty().get()).isTrue();
        assertThat(playback().currentStepProperty().get()).isLessThan(2);
        Label callout = robot.lookup("#trace-callout").queryAs(Label.class);
        assertThat(callout.isVisible()).isTrue();
        assertThat(callout.getText()).isEqualTo("Egress moved from FRA-1 to AMS-1: fra1-s1 is down");
        assertThat(robot.lookup("#trace-egress-ip").queryAs(Label.class).getText()).isEqualTo(EditorFixtures.SHARED_IP);
        assertThat(robot.lookup("#status-trace").queryAs(Label.class).getText())
                .isEqualTo("Other location \u00b7 " + EditorFixtures.SHARED_IP);
        assertThat(events(robot).getItems()).extracting(TraceEvent::element).contains("ams1-s1");
    }

    @Test
    void deleting_the_ingress_server_shows_the_error_that_blocks_the_trace_and_a_click_goes_to_it(FxRobot robot) {
        choose(robot, "Frankfurt forwards to its neighbour");

        // The canvas's Delete runs this same edit; the scenario now names a server that does not exist.
        robot.interact(() -> harness.window.document().commands().execute("Delete server fra1-s2",
                t -> StructureEdits.delete(t, Set.of(ElementRef.server("fra1-s2")))));

        ListView<ProblemRow> blockers = robot.lookup("#trace-blockers-list").queryListView();
        assertThat(robot.lookup("#trace-blockers").query().isVisible()).isTrue();
        assertThat(robot.lookup("#trace-blockers-title").queryAs(Label.class).getText())
                .startsWith("Fix this error to trace the request");
        assertThat(blockers.getItems()).extracting(ProblemRow::message).containsExactly(
                "Scenario fra-neighbour names server fra1-s2, which does not exist");
        assertThat(events(robot).isVisible()).isFalse();
        assertThat(robot.lookup("#status-trace").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn(robot.lookup("#trace-blockers-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));

        assertThat(harness.window.selection().snapshot())
                .containsExactly(new ElementRef(dev.aegisplanner.model.topology.ElementKind.SCENARIO, "fra-neighbour"));
    }

    @Test
    void the_trace_comes_back_by_itself_once_the_error_is_undone(FxRobot robot) {
        choose(robot, "Frankfurt forwards to its neighbour");
        robot.interact(() -> harness.window.document().commands().execute("Delete server fra1-s2",
                t -> StructureEdits.delete(t, Set.of(ElementRef.server("fra1-s2")))));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitForFxEvents();

        assertThat(robot.lookup("#trace-blockers").query().isVisible()).isFalse();
        assertThat(events(robot).isVisible()).isTrue();
        assertThat(session().traceProperty().get().tier()).isEqualTo(Tier.SAME_DATA_CENTER);
    }

    @Test
    void a_request_from_the_selected_server_can_be_saved_as_a_scenario_and_undone(FxRobot robot)
            throws TimeoutException {
        robot.interact(() -> harness.window.selection().select(ElementRef.server("par1-s2")));
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        assertThat(session().traceProperty().get().ingress().server()).isEqualTo("par1-s2");

        robot.clickOn("#menu-trace").clickOn("#menu-trace-save-scenario");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#save-scenario-dialog .text-field").tryQuery().isPresent());
        assertThat(robot.lookup("#save-scenario-dialog .text-field").queryTextInputControl().getText())
                .isEqualTo("shop.example.com from par1-s2");
        robot.interact(() -> robot.lookup("#save-scenario-dialog .text-field").queryTextInputControl().clear());
        robot.clickOn("#save-scenario-dialog .text-field").write("Paris forwards next door");
        robot.clickOn("OK");

        assertThat(harness.window.document().topology().scenario("paris-forwards-next-door")).hasValueSatisfying(s -> {
            assertThat(s.ingressServer()).isEqualTo("par1-s2");
            assertThat(s.expect()).isEqualTo("SAME_DATA_CENTER");
        });
        assertThat(harness.window.traceRequest().scenarioProperty().get().id()).isEqualTo("paris-forwards-next-door");

        robot.interact(() -> harness.window.document().commands().undo());
        assertThat(harness.window.document().topology().scenario("paris-forwards-next-door")).isEmpty();
        assertThat(session().traceProperty().get().ingress().server()).isEqualTo("par1-s2");
    }
}
