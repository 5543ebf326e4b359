package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.ElementRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * At 1280 x 800 the property sheet's editable values read whole: a topology's sentence of a name, a long
 * location name typed in; a paragraph of a description scrolls in its box rather than pushing the trace form
 * out of view. They still type like fields: Enter stores the value as
 * one undoable step without a line break, Tab moves on.
 */
@ExtendWith(ApplicationExtension.class)
class PropertyValuesReadWholeTest {

    private static final String LONG_NAME = "Frankfurt am Main, Hanauer Landstrasse campus (second building)";

    private EditorHarness harness;
    private EditorWindow window;

    @Start
    void start(Stage stage) throws IOException {
        harness = new EditorHarness(TopologyReader.read(Path.of("..", "samples", "capacity-drill.json")).topology());
        harness.start(stage);
        window = harness.window;
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @BeforeEach
    void opened() throws TimeoutException {
        harness.awaitOpened();
        waitForFxEvents();
    }

    @Test
    void the_topologys_sentence_of_a_name_reads_whole(FxRobot robot) {
        robot.interact(() -> window.selection().clear());
        waitForFxEvents();

        assertWhole(robot.lookup("#field-name").queryAs(TextInputControl.class),
                "An address that holds until a data center fails");
    }

    @Test
    void a_paragraph_of_a_description_scrolls_in_its_box_and_leaves_the_trace_form_in_view(FxRobot robot) {
        robot.interact(() -> window.selection().clear());
        waitForFxEvents();

        TextInputControl description = robot.lookup("#field-description").queryAs(TextInputControl.class);
        assertThat(description.getText()).isEqualTo(window.document().topology().description());
        assertThat(description.lookupAll(".scroll-bar").stream()
                .filter(bar -> ((ScrollBar) bar).getOrientation() == Orientation.VERTICAL).anyMatch(Node::isVisible))
                .as("a scroll bar for the rest of the paragraph").isTrue();
        Node form = robot.lookup("#trace-panel .trace-form-scroll").query();
        Node ingress = robot.lookup("#trace-ingress").query();
        assertThat(ingress.localToScene(ingress.getLayoutBounds()).getMaxY()).as("the ingress field in view")
                .isLessThanOrEqualTo(form.localToScene(form.getLayoutBounds()).getMaxY());
    }

    @Test
    void a_long_location_name_typed_in_is_one_undoable_step_and_reads_whole(FxRobot robot) {
        robot.interact(() -> window.selection().select(ElementRef.location("FRA")));
        waitForFxEvents();

        robot.clickOn("#field-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(LONG_NAME).type(KeyCode.ENTER);
        waitForFxEvents();

        assertThat(window.document().topology().location("FRA").orElseThrow().name()).isEqualTo(LONG_NAME);
        assertThat(window.document().commands().undoDepth()).isEqualTo(1);
        assertWhole(robot.lookup("#field-name").queryAs(TextInputControl.class), LONG_NAME);
    }

    @Test
    void a_long_name_typed_where_there_was_none_reads_whole(FxRobot robot) {
        // A server without a name shows its id as the field's prompt until one is typed.
        robot.interact(() -> window.selection().select(ElementRef.server("fra1-s1")));
        waitForFxEvents();

        robot.clickOn("#field-name").write(LONG_NAME).type(KeyCode.ENTER);
        waitForFxEvents();

        assertWhole(robot.lookup("#field-name").queryAs(TextInputControl.class), LONG_NAME);
    }

    @Test
    void tab_leaves_a_name_for_the_next_field_without_typing_a_tab(FxRobot robot) {
        robot.interact(() -> window.selection().select(ElementRef.location("FRA")));
        waitForFxEvents();
        TextInputControl name = robot.lookup("#field-name").queryAs(TextInputControl.class);

        robot.clickOn(name).type(KeyCode.TAB);

        assertThat(name.isFocused()).isFalse();
        assertThat(name.getText()).isEqualTo("Frankfurt");
    }

    /** The value is the one expected and all of its text lies inside the control, on as many lines as it takes. */
    private static void assertWhole(TextInputControl control, String expected) {
        assertThat(control.getText()).isEqualTo(expected);
        // The value's text, not the prompt's (a text area's skin keeps the prompt, also styled "text", first).
        Text shown = control.lookupAll(".text").stream()
                .filter(n -> n instanceof Text t && !t.textProperty().isBound())
                .map(Text.class::cast).findFirst().orElseThrow();
        Bounds box = control.localToScene(control.getLayoutBounds());
        Bounds text = shown.localToScene(shown.getLayoutBounds());
        assertThat(text.getMinX()).as(expected + " starts inside its field").isGreaterThanOrEqualTo(box.getMinX());
        assertThat(text.getMaxX()).as(expected + " ends inside its field").isLessThanOrEqualTo(box.getMaxX() + 0.5);
        assertThat(text.getMaxY()).as(expected + " not cut below").isLessThanOrEqualTo(box.getMaxY() + 0.5);
    }
}
