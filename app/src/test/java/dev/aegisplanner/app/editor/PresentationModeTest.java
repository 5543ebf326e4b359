package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aegisplanner.app.editor.present.PresentationView;
import dev.aegisplanner.model.topology.ElementRef;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
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

/** Presentation mode plays the document's scenarios one after another; the keys go back and forth. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) throws IOException {
        harness = new EditorHarness(TraceWindowTest.withScenarios());
        harness.start(stage);
    }

    @BeforeEach
    void presenting(FxRobot robot) throws TimeoutException {
        harness.awaitPresenting(robot);
    }

    /** A presentation left full screen would outlive the test's window. */
    @AfterEach
    void leave(FxRobot robot) {
        harness.stopPresenting(robot);
    }

    private String title(FxRobot robot) {
        return robot.lookup("#presentation-title").queryAs(Label.class).getText();
    }

    private String position(FxRobot robot) {
        return robot.lookup("#presentation-position").queryAs(Label.class).getText();
    }

    @Test
    void the_first_scenario_plays_with_its_name_and_description_as_captions(FxRobot robot) {
        assertThat(title(robot)).isEqualTo("Frankfurt forwards to its neighbour");
        assertThat(position(robot)).isEqualTo("1 / 3");
        assertThat(robot.lookup("#presentation-caption").queryAs(Label.class).getText())
                .isEqualTo("fra1-s2 holds no address; fra1-s1 next to it does.");
        assertThat(harness.window.traceSession().traceProperty().get().ingress().server()).isEqualTo("fra1-s2");
        assertThat(harness.window.traceSession().playback().playingProperty().get()).isTrue();
    }

    @Test
    void the_keys_go_to_the_next_and_the_previous_scenario_round_the_list(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        assertThat(title(robot)).isEqualTo("London egresses itself");
        assertThat(robot.lookup("#presentation-caption").queryAs(Label.class).getText())
                .isEqualTo("shop.example.com from lon1-s1 to acme-origin");
        assertThat(harness.window.traceSession().traceProperty().get().ingress().server()).isEqualTo("lon1-s1");

        robot.type(KeyCode.SPACE);
        assertThat(position(robot)).isEqualTo("3 / 3");
        assertThat(title(robot)).isEqualTo("mad-miss");

        robot.type(KeyCode.PAGE_DOWN);
        assertThat(position(robot)).isEqualTo("1 / 3");

        robot.type(KeyCode.LEFT);
        assertThat(position(robot)).isEqualTo("3 / 3");

        robot.type(KeyCode.PAGE_UP);
        assertThat(position(robot)).isEqualTo("2 / 3");
        assertThat(harness.window.traceRequest().scenarioProperty().get().id()).isEqualTo("lon-direct");
    }

    @Test
    void a_finished_scenario_moves_on_by_itself(FxRobot robot) throws TimeoutException {
        robot.interact(() -> harness.window.traceSession().playback().speedProperty().set(8));

        waitFor((long) PresentationView.AUTO_ADVANCE_PAUSE.toSeconds() + 6, TimeUnit.SECONDS,
                () -> "2 / 3".equals(position(robot)));

        assertThat(title(robot)).isEqualTo("London egresses itself");
    }

    @Test
    void m_shows_the_canvas_in_place_of_the_map_and_escape_gives_it_back(FxRobot robot) {
        Scene editor = robot.lookup("#editor-root").query().getScene();
        Scene presentation = robot.lookup("#presentation").query().getScene();

        robot.type(KeyCode.M);
        assertThat(harness.window.canvas().getScene()).isSameAs(presentation);

        robot.type(KeyCode.M);
        assertThat(harness.window.canvas().getScene()).isSameAs(editor);

        robot.type(KeyCode.M);
        robot.type(KeyCode.ESCAPE);
        assertThat(harness.window.presentation().isShowing()).isFalse();
        assertThat(harness.window.canvas().getScene()).isSameAs(editor);
        assertThat(harness.window.traceRequest().scenarioProperty().get().id()).isEqualTo("fra-neighbour");
    }

    @Test
    void the_canvas_shown_to_an_audience_marks_no_selection_and_gets_it_back_after(FxRobot robot) {
        robot.interact(() -> harness.window.selection().select(ElementRef.location("FRA")));

        robot.type(KeyCode.M);
        waitForFxEvents();
        assertThat(harness.window.canvas().shownSelection()).isEmpty();

        robot.type(KeyCode.M);
        waitForFxEvents();
        assertThat(harness.window.canvas().shownSelection()).containsExactly(ElementRef.location("FRA"));
    }
}
