package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aegisplanner.app.canvas.TopologyCanvasView;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Presentation mode for a projector: the canvas framed on the path between the title card and the stations,
 * without scroll bars; a long title wraps; the stations keep up with the packet.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationCanvasTest {

    static final String LONG_NAME = "Madrid has no address of the shop's pool and forwards its requests to the "
            + "closest metro that has one, across the backbone";

    private EditorHarness harness;

    @Start
    void start(Stage stage) throws IOException {
        Topology five = EditorFixtures.fiveMetros();
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(new Scenario("mad-far", LONG_NAME, null, "shop.example.com", "acme-origin", "mad1-s2", null, null));
        harness = new EditorHarness(five.withScenarios(scenarios));
        harness.start(stage);
    }

    @BeforeEach
    void presenting(FxRobot robot) throws TimeoutException {
        harness.awaitPresenting(robot);
        waitFor(5, TimeUnit.SECONDS, () -> harness.window.traceSession().traceProperty().get() != null);
    }

    @AfterEach
    void leave(FxRobot robot) {
        harness.stopPresenting(robot);
    }

    @Test
    void a_long_title_wraps_rather_than_losing_its_end(FxRobot robot) {
        Label title = robot.lookup("#presentation-title").queryAs(Label.class);

        assertThat(title.getText()).isEqualTo(LONG_NAME);
        assertThat(title.getHeight() + 0.5).as("all its lines shown").isGreaterThanOrEqualTo(title.prefHeight(title.getWidth()));
        assertThat(title.getHeight()).as("more than one line").isGreaterThan(title.getFont().getSize() * 2);
    }

    @Test
    void the_canvas_shows_the_paths_part_in_the_free_area_without_scroll_bars(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.M);
        waitForFxEvents();
        waitForFxEvents();
        TopologyCanvasView canvas = harness.window.canvas();
        TraceResult trace = harness.window.traceSession().traceProperty().get();
        Insets clear = harness.window.presentation().clearArea();

        assertThat(harness.window.presentation().showsCanvas()).isTrue();
        assertThat(canvas.lookupAll(".scroll-bar")).isNotEmpty().allMatch(bar -> !bar.isVisible());
        for (String location : List.of(trace.ingress().location(), trace.egress().location())) {
            Bounds b = canvas.boundsOf(ElementRef.location(location)).orElseThrow();
            assertThat(b.getMinX()).as(location + " left").isGreaterThanOrEqualTo(clear.getLeft() - 1);
            assertThat(b.getMaxX()).as(location + " right").isLessThanOrEqualTo(canvas.getWidth() - clear.getRight() + 1);
            assertThat(b.getMinY()).as(location + " top").isGreaterThanOrEqualTo(clear.getTop() - 1);
            assertThat(b.getMaxY()).as(location + " bottom").isLessThanOrEqualTo(canvas.getHeight() - clear.getBottom() + 1);
        }

        robot.type(KeyCode.M);
        assertThat(canvas.lookupAll(".scroll-bar")).allMatch(Node::isVisible);
    }

    @Test
    void on_a_short_screen_the_newest_check_keeps_its_reason_whole(FxRobot robot) throws TimeoutException {
        robot.interact(() -> harness.window.traceSession().playback().speedProperty().set(8));
        waitFor(15, TimeUnit.SECONDS, () -> harness.window.traceSession().playback().atEndProperty().get());
        waitForFxEvents();
        Node card = robot.lookup(".checks-card").query();
        assertThat(card.getScene().getHeight()).as("the headless screen is a laptop's").isLessThan(960);

        List<Label> reasons = card.lookupAll(".check-reason").stream().map(n -> (Label) n).toList();
        assertThat(reasons).hasSizeGreaterThan(1);
        assertThat(reasons.subList(0, reasons.size() - 1)).allMatch(r -> !r.isVisible());
        Label newest = reasons.get(reasons.size() - 1);
        assertThat(newest.isVisible()).isTrue();
        assertThat(newest.getHeight() + 0.5).isGreaterThanOrEqualTo(newest.prefHeight(newest.getWidth()));
    }

    @Test
    void the_stations_keep_up_with_the_packet_to_the_end(FxRobot robot) throws TimeoutException {
        robot.interact(() -> harness.window.traceSession().playback().speedProperty().set(8));
        waitFor(15, TimeUnit.SECONDS, () -> harness.window.traceSession().playback().atEndProperty().get());
        waitForFxEvents();

        List<Node> stations = List.copyOf(robot.lookup("#presentation-hops .hop-station").queryAll());
        int current = harness.window.traceSession().playback().currentStepProperty().get();
        assertThat(stations.get(current).getPseudoClassStates()).contains(Styles.CURRENT);
        assertThat(stations.stream().filter(s -> s.getPseudoClassStates().contains(Styles.CURRENT))).hasSize(1);
    }
}
