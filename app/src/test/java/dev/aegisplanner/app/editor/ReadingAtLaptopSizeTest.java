package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.ElementRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window at 1280 x 800, the smallest a planner's laptop gives it: the side panels, the property sheet and
 * the trace panel show their texts whole, the deciding check and a NO_EGRESS reason are read without
 * scrolling, and the overview covers nothing of the drawing.
 */
@ExtendWith(ApplicationExtension.class)
class ReadingAtLaptopSizeTest {

    private EditorHarness harness;
    private EditorWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) throws IOException {
        stage = primary;
        harness = new EditorHarness(TopologyReader.read(Path.of("..", "samples", "global-retailer.json")).topology());
        harness.start(primary);
        window = harness.window;
        primary.setWidth(1280);
        primary.setHeight(800);
    }

    @BeforeEach
    void opened() throws TimeoutException {
        harness.awaitOpened();
        waitForFxEvents();
    }

    @Test
    void the_window_is_the_laptop_size() {
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        assertThat(stage.getScene().getHeight()).isLessThanOrEqualTo(800);
    }

    @Test
    void the_six_side_panels_show_their_names_without_an_overflow_menu(FxRobot robot) {
        TabPane side = robot.lookup("#side-panels").queryAs(TabPane.class);
        Bounds pane = side.localToScene(side.getLayoutBounds());
        List<Node> headers = List.copyOf(side.lookupAll(".tab"));
        assertThat(headers).hasSize(6);
        for (Node header : headers) {
            Bounds b = header.localToScene(header.getLayoutBounds());
            assertThat(b.getMaxX()).as(header + " inside the panel").isLessThanOrEqualTo(pane.getMaxX());
        }
        headers.forEach(header -> assertNothingTruncatedIn(header));
    }

    @Test
    void the_side_panels_and_the_property_sheet_of_a_data_center_truncate_nothing(FxRobot robot) {
        robot.interact(() -> window.selection().select(ElementRef.dataCenter("LHR-2")));
        waitForFxEvents();
        assertNothingTruncatedIn(robot.lookup("#side-panels").query());
        assertNothingTruncatedIn(robot.lookup("#property-sheet").query());
    }

    @Test
    void the_property_sheet_names_an_addresss_share_whole_and_says_what_an_element_holds_whole(FxRobot robot) {
        robot.interact(() -> window.selection().select(ElementRef.dataCenter("AMS-1")));
        waitForFxEvents();
        assertNothingTruncatedIn(robot.lookup("#property-sheet").query());
        assertThat(robot.lookup("#property-sheet .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("198.51.100.11");

        robot.interact(() -> window.selection().select(ElementRef.location("FRA")));
        waitForFxEvents();
        Labeled contents = robot.lookup("#field-contents").queryAs(Labeled.class);
        assertThat(contents.getText()).isEqualTo("3 data centers, 12 servers");
        assertWhole(contents);
        assertNothingTruncatedIn(robot.lookup("#property-sheet").query());
        Node sheet = robot.lookup("#property-sheet").query();
        Bounds rows = sheet.localToScene(sheet.getLayoutBounds());
        Bounds shown = contents.localToScene(contents.getLayoutBounds());
        assertThat(shown.getMaxY()).as("the last row inside the sheet, not scrolled off").isLessThanOrEqualTo(rows.getMaxY());
    }

    @Test
    void a_read_only_value_that_is_empty_says_so(FxRobot robot) {
        robot.interact(() -> window.selection().select(ElementRef.server("lhr2-s2")));
        waitForFxEvents();

        assertThat(robot.lookup("#field-egress-ips").queryAs(Labeled.class).getText()).isEqualTo("none");
    }

    @Test
    void a_scenarios_name_reads_whole_in_the_request(FxRobot robot) {
        robot.interact(() -> window.traceRequest().chooseScenario("pay-sin"));
        waitForFxEvents();

        Labeled shown = robot.lookup("#trace-scenario-shown").queryAs(Labeled.class);
        assertThat(shown.getText()).isEqualTo("Payments from Singapore travel to Frankfurt");
        assertWhole(shown);
        assertNothingTruncatedIn(robot.lookup("#trace-panel").query());
        Node form = robot.lookup("#trace-panel .trace-form-scroll").query();
        Bounds room = form.localToScene(form.getLayoutBounds());
        for (String field : List.of("#trace-ingress", "#tool-trace-save-scenario")) {
            Node node = robot.lookup(field).query();
            Bounds b = node.localToScene(node.getLayoutBounds());
            assertThat(b.getMaxY()).as(field + " in view without scrolling").isLessThanOrEqualTo(room.getMaxY());
        }
    }

    @Test
    void the_demand_panel_and_the_capacity_and_coverage_panels_truncate_nothing(FxRobot robot) throws TimeoutException {
        TabPane side = robot.lookup("#side-panels").queryAs(TabPane.class);
        robot.interact(() -> side.getSelectionModel().select(side.getTabs().stream()
                .filter(t -> "tab-demand".equals(t.getId())).findFirst().orElseThrow()));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#demand-panel").tryQuery().isPresent());
        robot.interact(() -> window.analyses().demand().selectedProperty().set(window.analyses().demand().entries().get(0)));
        robot.clickOn("#tab-capacity");
        waitFor(20, TimeUnit.SECONDS, () -> !window.analyses().capacity().items().isEmpty()
                && !window.analyses().feed().busyProperty().get());
        waitForFxEvents();

        assertNothingTruncatedIn(robot.lookup("#demand-panel").query());
        assertNothingTruncatedIn(robot.lookup("#capacity-panel").query());
        assertNothingTruncatedIn(robot.lookup("#analysis-legend").query());
        robot.clickOn("#tab-coverage");
        waitFor(20, TimeUnit.SECONDS, () -> window.analyses().coverage().stateProperty().get() != null
                && !window.analyses().coverage().busyProperty().get());
        waitForFxEvents();
        assertNothingTruncatedIn(robot.lookup("#coverage-panel").query());
    }

    @Test
    void a_request_with_no_egress_shows_its_reason_and_its_deciding_check_whole(FxRobot robot) throws TimeoutException {
        playToTheEnd(robot, "outlet-down");

        Labeled reason = robot.lookup("#trace-reason").queryAs(Labeled.class);
        assertThat(reason.getText()).contains("no other location");
        assertWhole(reason);
        assertDecidingCheckInView(robot);
        assertNothingTruncatedIn(robot.lookup("#trace-panel").query());
    }

    @Test
    void a_forward_to_another_location_shows_its_hops_and_checks_whole(FxRobot robot) throws TimeoutException {
        playToTheEnd(robot, "pay-sin");

        assertDecidingCheckInView(robot);
        assertNothingTruncatedIn(robot.lookup("#trace-panel").query());
    }

    @Test
    void the_overview_lies_beside_the_drawing_not_on_it(FxRobot robot) {
        Node canvas = robot.lookup("#canvas").query();
        Node overview = robot.lookup("#overview-pane").query();
        Bounds drawing = canvas.localToScene(canvas.getLayoutBounds());
        Bounds miniature = overview.localToScene(overview.getLayoutBounds());
        assertThat(drawing.intersects(miniature)).isFalse();
        assertThat(overview.isVisible()).isTrue();

        robot.interact(() -> ((javafx.scene.control.TitledPane) overview).setExpanded(false));
        assertThat(((javafx.scene.control.TitledPane) overview).isExpanded()).isFalse();
    }

    private void playToTheEnd(FxRobot robot, String scenario) throws TimeoutException {
        robot.interact(() -> window.traceRequest().chooseScenario(scenario));
        robot.interact(() -> window.traceSession().playback().speedProperty().set(8));
        waitFor(20, TimeUnit.SECONDS, () -> window.traceSession().playback().atEndProperty().get()
                && !window.traceSession().playback().playingProperty().get());
        // The checks list scrolls its newest check into view once its cells are laid out.
        waitForFxEvents();
        waitForFxEvents();
    }

    private static void assertDecidingCheckInView(FxRobot robot) {
        ListView<?> checks = robot.lookup("#trace-checks").queryListView();
        Object deciding = checks.getItems().get(checks.getItems().size() - 1);
        Bounds list = checks.localToScene(checks.getLayoutBounds());
        ListCell<?> cell = checks.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() == deciding && c.isVisible()).findFirst().orElseThrow();
        Bounds shown = cell.localToScene(cell.getLayoutBounds());
        assertThat(shown.getMinY()).as("top of the deciding check in view").isGreaterThanOrEqualTo(list.getMinY() - 0.5);
        assertThat(shown.getMaxY()).as("bottom of the deciding check in view").isLessThanOrEqualTo(list.getMaxY() + 0.5);
    }

    /**
     * Every visible text in a part of the window has the room its text needs. A choice box's shown choice is
     * the exception: a scenario's name is a sentence, cut short in the request's field and said whole by its
     * tooltip and its list.
     */
    private static void assertNothingTruncatedIn(Node root) {
        List<String> truncated = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof Labeled labeled && isShown(labeled) && !inAChoiceBox(labeled) && truncated(labeled)) {
                truncated.add(labeled.getText() + " (" + labeled.getWidth() + " of " + labeled.prefWidth(-1) + ")");
            }
        });
        assertThat(truncated).as("truncated texts").isEmpty();
    }

    private static void assertWhole(Labeled labeled) {
        assertThat(truncated(labeled)).as(labeled.getText()).isFalse();
    }

    private static boolean truncated(Labeled labeled) {
        if (labeled.getText() == null || labeled.getText().isEmpty()) {
            return false;
        }
        if (labeled.isWrapText()) {
            return labeled.getHeight() + 0.5 < labeled.prefHeight(labeled.getWidth());
        }
        return labeled.getWidth() + 0.5 < labeled.prefWidth(-1);
    }

    private static boolean inAChoiceBox(Node node) {
        return node.getParent() instanceof javafx.scene.control.ComboBoxBase<?>;
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getLayoutBounds().getWidth() > 0;
    }

    private static void visit(Node node, java.util.function.Consumer<Node> action) {
        action.accept(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, action));
        }
    }
}
