package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aegisplanner.app.editor.problems.ProblemRow;
import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.io.ReadResult;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
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

/** Drives the real editor window the way a planner does, headless. */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) throws IOException {
        harness = new EditorHarness(EditorFixtures.fiveMetros());
        harness.start(stage);
    }

    @BeforeEach
    void opened() throws TimeoutException {
        harness.awaitOpened();
    }

    private EditorWindow window() {
        return harness.window;
    }

    private List<String> ipsOf(String server) {
        return window().document().topology().servers().filter(s -> s.id().equals(server)).findFirst()
                .map(Server::egressIps).orElseThrow();
    }

    private TableView<ProblemRow> problemsTable(FxRobot robot) {
        return robot.lookup("#problems-table").queryTableView();
    }

    private void awaitErrors(FxRobot robot, int count) throws TimeoutException {
        waitFor(5, TimeUnit.SECONDS, () -> problemsTable(robot).getItems().stream()
                .filter(r -> r.severity() == Severity.ERROR).count() == count);
    }

    @Test
    void the_title_names_the_file_and_marks_unsaved_changes(FxRobot robot) {
        Stage stage = (Stage) robot.lookup("#editor-root").query().getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("five-metros.json \u2014 Aegis Planner");

        robot.interact(() -> window().selection().select(ElementRef.server("mad1-s2")));
        robot.clickOn("#ip-192-0-2-11");

        assertThat(stage.getTitle()).isEqualTo("five-metros.json* \u2014 Aegis Planner");
    }

    @Test
    void ticking_an_address_shows_a_fifth_location_problem_that_undo_and_redo_take_and_bring_back(FxRobot robot)
            throws TimeoutException {
        // Selecting on the canvas is the canvas's own test; here the selection is set as a click would set it.
        robot.interact(() -> window().selection().select(ElementRef.server("mad1-s2")));

        robot.clickOn("#ip-192-0-2-10");
        assertThat(ipsOf("mad1-s2")).containsExactly(EditorFixtures.SHARED_IP);
        awaitErrors(robot, 1);
        ProblemRow row = problemsTable(robot).getItems().get(0);
        assertThat(row.message()).contains(EditorFixtures.SHARED_IP);
        assertThat(robot.lookup("#status-errors").queryAs(Label.class).getText()).isEqualTo("1");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(ipsOf("mad1-s2")).isEmpty();
        awaitErrors(robot, 0);

        robot.clickOn("Edit").clickOn("Redo Assign 192.0.2.10 to mad1-s2");
        assertThat(ipsOf("mad1-s2")).containsExactly(EditorFixtures.SHARED_IP);
        awaitErrors(robot, 1);
    }

    @Test
    void clicking_a_problem_selects_the_element_it_is_about(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window().selection().select(ElementRef.server("mad1-s2")));
        robot.clickOn("#ip-192-0-2-10");
        awaitErrors(robot, 1);
        robot.interact(() -> window().selection().clear());

        robot.clickOn("#status-errors");
        robot.clickOn(problemsTable(robot).lookup(".table-row-cell"));

        ElementRef target = problemsTable(robot).getItems().get(0).target().orElseThrow();
        assertThat(window().selection().selected()).containsExactly(target);
    }

    @Test
    void a_bad_latitude_is_refused_in_the_property_sheet_and_a_good_one_is_one_undoable_step(FxRobot robot) {
        robot.interact(() -> window().selection().select(ElementRef.location("FRA")));

        robot.doubleClickOn("#field-latitude").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("123");
        Label problem = robot.lookup("#property-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("Latitude must be");
        robot.type(KeyCode.ENTER);
        assertThat(window().document().commands().undoDepth()).isZero();

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("48.5").type(KeyCode.ENTER);
        assertThat(window().document().topology().locations().get(0).lat()).isEqualTo(48.5);
        assertThat(window().document().commands().undoDepth()).isEqualTo(1);
        assertThat(problem.isVisible()).isFalse();
    }

    @Test
    void save_then_reopen_gives_back_the_same_topology(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window().selection().select(ElementRef.server("mad1-s2")));
        robot.clickOn("#ip-192-0-2-11");
        Topology edited = window().document().topology();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> !window().document().isDirty());

        ReadResult onDisk = TopologyReader.read(harness.file);
        assertThat(onDisk.topology()).isEqualTo(edited);
        robot.interact(() -> window().files().open(harness.file));
        waitFor(5, TimeUnit.SECONDS, () -> window().document().commands().undoDepth() == 0);
        assertThat(window().document().topology()).isEqualTo(edited);
    }

    @Test
    void a_file_that_is_not_a_topology_lists_its_problems_and_leaves_the_document_as_it_was(FxRobot robot)
            throws IOException, TimeoutException {
        Path broken = harness.folder.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\": \"aegis-topology\",\n  \"version\": 1,\n  \"locations\": [ {\n");
        Topology before = window().document().topology();

        robot.interact(() -> window().files().open(broken));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#unreadable-problems").tryQuery().isPresent());

        ListView<?> problems = robot.lookup("#unreadable-problems").queryListView();
        assertThat(problems.getItems()).isNotEmpty();
        assertThat(robot.lookup("#unreadable-dialog .position").queryAs(Label.class).getText()).matches("\\d+:\\d+");
        robot.clickOn("OK");

        assertThat(window().document().topology()).isSameAs(before);
        assertThat(window().document().file()).isEqualTo(harness.file);
    }

    @Test
    void saving_over_a_file_the_editor_read_only_in_part_asks_first(FxRobot robot)
            throws IOException, TimeoutException {
        Path partly = harness.folder.resolve("partly.json");
        // A description of the wrong type is read as none: the topology does not hold that part of the text.
        String text = "{\"format\": \"aegis-topology\", \"version\": 1, \"description\": [\"ops\", \"team\"],"
                + " \"locations\": [{\"id\": \"FRA\", \"lat\": 50.1, \"lon\": 8.7}]}";
        Files.writeString(partly, text);
        robot.interact(() -> window().files().open(partly));
        waitFor(5, TimeUnit.SECONDS, () -> partly.equals(window().document().file()));
        robot.interact(() -> window().document().commands().execute("Rename",
                t -> PropertyEdits.setName(t, ElementRef.location("FRA"), "Frankfurt")));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#partly-read-dialog").tryQuery().isPresent());
        robot.clickOn("Cancel");
        waitForFxEvents();

        assertThat(Files.readString(partly)).as("the part the editor could not read is still on disk").isEqualTo(text);
        assertThat(window().document().isDirty()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#partly-read-dialog").tryQuery().isPresent());
        robot.clickOn("Overwrite");
        waitFor(5, TimeUnit.SECONDS, () -> !window().document().isDirty());

        assertThat(TopologyReader.read(partly).topology().locations().get(0).name()).isEqualTo("Frankfurt");
    }

    @Test
    void a_failed_save_says_why_and_keeps_the_changes_unsaved(FxRobot robot) throws IOException, TimeoutException {
        Path folderInTheWay = Files.createDirectories(harness.folder.resolve("not-a-file.json"));
        robot.interact(() -> window().document().fileProperty().set(folderInTheWay));
        robot.interact(() -> window().selection().select(ElementRef.server("mad1-s2")));
        robot.clickOn("#ip-192-0-2-11");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#save-failed-dialog").tryQuery().isPresent());
        robot.clickOn("OK");

        assertThat(window().document().isDirty()).isTrue();
        assertThat(Files.isDirectory(folderInTheWay)).isTrue();
    }

    @Test
    void dragging_an_address_from_the_pools_panel_onto_a_server_assigns_it(FxRobot robot) {
        Optional<Point2D> server = pointOn(robot, ElementRef.server("mad1-s2"));
        // The canvas draws elements once its implementation is merged; until then there is nowhere to drop.
        assumeTrue(server.isPresent(), "the canvas draws no server yet");

        robot.drag("#address-192-0-2-10").dropTo(server.get());
        waitForFxEvents();

        assertThat(ipsOf("mad1-s2")).containsExactly(EditorFixtures.SHARED_IP);
        assertThat(window().document().commands().undoLabelProperty().get())
                .isEqualTo("Undo Assign 192.0.2.10 to mad1-s2");
    }

    @Test
    void a_click_on_the_canvas_gives_it_the_keys_so_an_arrow_nudges_what_was_clicked(FxRobot robot) {
        // A location: nothing around it stops it moving.
        Point2D location = pointOn(robot, ElementRef.location("MAD")).orElseThrow();

        robot.clickOn(location);
        robot.type(KeyCode.RIGHT);
        waitForFxEvents();

        assertThat(window().canvas().isFocused()).isTrue();
        assertThat(window().document().commands().undoLabelProperty().get()).isEqualTo("Undo Move 1 location");
    }

    /** Where on screen the canvas draws an element, found through its public hit test. */
    private Optional<Point2D> pointOn(FxRobot robot, ElementRef element) {
        robot.interact(() -> window().canvas().fitToWindow());
        waitForFxEvents();
        var canvas = window().canvas();
        Bounds bounds = canvas.getLayoutBounds();
        for (double y = bounds.getMinY() + 2; y < bounds.getMaxY(); y += 4) {
            for (double x = bounds.getMinX() + 2; x < bounds.getMaxX(); x += 4) {
                if (canvas.elementAt(x, y).filter(element::equals).isPresent()) {
                    return Optional.of(canvas.localToScreen(x, y));
                }
            }
        }
        return Optional.empty();
    }
}
