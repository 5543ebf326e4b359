package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aegisplanner.app.map.MapView;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Suggest Placement..." in the real editor window: ask, see the proposal, apply it as one step, undo it. */
@ExtendWith(ApplicationExtension.class)
class SuggestPlacementWindowTest {

    private static final Topology OCEAN =
            TopologyReader.read(Path.of("..", "samples", "across-the-ocean.json")).topology();

    private EditorHarness harness;

    @Start
    void start(Stage stage) throws IOException {
        harness = new EditorHarness(OCEAN);
        harness.start(stage);
    }

    @BeforeEach
    void opened() throws TimeoutException {
        harness.awaitOpened();
    }

    private Topology topology() {
        return harness.window.document().topology();
    }

    private Node dialogNode(FxRobot robot, String id) {
        return robot.lookup(id).query();
    }

    /** The pool's context menu item, fired as a right click fires it (Monocle sends no context menu requests). */
    private void openFromThePoolsPanel(FxRobot robot) {
        Control cell = robot.lookup("#pool-shop-pool").queryAs(Control.class);
        MenuItem item = cell.getContextMenu().getItems().stream()
                .filter(i -> "suggest-placement-shop-pool".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("Suggest Placement\u2026");
        robot.interact(item::fire);
        waitForFxEvents();
    }

    private void suggestAndWait(FxRobot robot) throws TimeoutException {
        robot.clickOn("#suggest-run");
        waitFor(60, TimeUnit.SECONDS, () -> !dialogNode(robot, "#suggest-apply").isDisabled());
    }

    @Test
    void the_proposal_is_shown_before_anything_changes_and_apply_is_one_undoable_step(FxRobot robot)
            throws TimeoutException {
        Topology before = topology();
        openFromThePoolsPanel(robot);

        suggestAndWait(robot);

        assertThat(topology()).isSameAs(before);
        assertThat(robot.lookup("#suggest-message").queryAs(Label.class).getText()).isEqualTo("Proven optimal");
        assertThat(robot.lookup("#proposal-figures").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#proposal-moves").queryTableView().getItems()).hasSize(3);

        robot.clickOn("#suggest-apply");
        waitForFxEvents();

        assertThat(topology()).isNotSameAs(before);
        assertThat(topology().servers().filter(s -> s.id().startsWith("fra1")).map(Server::egressIps))
                .allMatch(ips -> !ips.isEmpty());
        assertThat(harness.window.document().commands().undoLabelProperty().get())
                .isEqualTo("Undo Suggest placement for pool shop-pool");
        robot.interact(() -> harness.window.document().commands().undo());
        assertThat(topology()).isSameAs(before);
    }

    @Test
    void a_pinned_address_stays_where_it_is_pinned(FxRobot robot) throws TimeoutException {
        openFromThePoolsPanel(robot);
        ComboBox<String> address = robot.lookup("#suggest-pin-address").queryComboBox();
        ComboBox<String> location = robot.lookup("#suggest-pin-location").queryComboBox();
        robot.interact(() -> {
            address.getSelectionModel().select("192.0.2.12");
            location.getSelectionModel().select("ORD");
        });
        robot.clickOn("#suggest-pin-add");
        assertThat(robot.lookup("#suggest-pins").queryListView().getItems()).hasSize(1);

        suggestAndWait(robot);
        robot.clickOn("#suggest-apply");
        waitForFxEvents();

        assertThat(topology().servers().filter(s -> s.id().equals("ord1-s1")).findFirst().orElseThrow().egressIps())
                .contains("192.0.2.12");
    }

    @Test
    void the_map_preview_rings_each_holding_location_with_the_addresses_it_would_hold(FxRobot robot)
            throws TimeoutException {
        openFromThePoolsPanel(robot);
        suggestAndWait(robot);
        robot.clickOn("Map");
        waitForFxEvents();

        MapView map = robot.lookup("#proposal-map").queryAs(MapView.class);
        Map<String, Set<String>> held = addressesByLocation(map.topologyProperty().get());
        assertThat(held).isNotEmpty();
        assertThat(map.heat().marks().keySet()).containsExactlyInAnyOrderElementsOf(held.keySet());
        held.forEach((location, addresses) ->
                assertThat(map.heat().marks().get(location).ring()).as(location).hasSize(addresses.size()));
        for (String address : topology().pool("shop-pool").orElseThrow().addresses()) {
            Label line = robot.lookup("#proposal-legend-" + address.replace('.', '-')).queryAs(Label.class);
            assertThat(line.isVisible()).isTrue();
            assertThat(line.getText()).startsWith(address);
            held.forEach((location, addresses) -> assertThat(line.getText().contains(location))
                    .as("%s in %s", address, location).isEqualTo(addresses.contains(address)));
        }
    }

    @Test
    void what_moves_shows_every_share_of_every_address_whole_with_every_row_in_view(FxRobot robot)
            throws TimeoutException {
        openFromThePoolsPanel(robot);
        suggestAndWait(robot);
        waitForFxEvents();

        TableView<?> moves = robot.lookup("#proposal-moves").queryTableView();
        Bounds table = moves.localToScene(moves.getLayoutBounds());
        Map<Integer, Map<String, TableCell<?, ?>>> rows = new TreeMap<>();
        for (Node node : moves.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getIndex() >= 0
                    && cell.getIndex() < moves.getItems().size()) {
                rows.computeIfAbsent(cell.getIndex(), k -> new TreeMap<>()).put(cell.getTableColumn().getText(), cell);
            }
        }
        assertThat(rows.keySet()).as("every row drawn").hasSize(moves.getItems().size());
        rows.forEach((index, cells) -> cells.forEach((column, cell) -> {
            String what = column + " of row " + index;
            // A cell shows its text as a label (cut short with "...") or as a wrapping text (clipped by the cell).
            Text shown = cell.getGraphic() instanceof Text graphic ? graphic : (Text) cell.lookup(".text");
            String whole = cell.getGraphic() instanceof Text graphic ? graphic.getText() : cell.getText();
            assertThat(shown.getText()).as(what + " as shown").isEqualTo(whole);
            Bounds text = shown.localToScene(shown.getLayoutBounds());
            Bounds room = cell.localToScene(cell.getLayoutBounds());
            assertThat(text.getMaxY()).as(what + ": its last line inside the cell").isLessThanOrEqualTo(room.getMaxY());
            assertThat(text.getMaxX()).as(what + ": its lines inside the cell").isLessThanOrEqualTo(room.getMaxX());
            assertThat(room.getMaxY()).as(what + " in view without scrolling").isLessThanOrEqualTo(table.getMaxY());
        }));
        rows.forEach((index, cells) -> {
            Text proposed = (Text) cells.get("Proposed").getGraphic();
            Text shares = (Text) cells.get("Shares").getGraphic();
            for (String location : proposed.getText().split(", ")) {
                assertThat(shares.getText()).as("row %d gives %s's share", index, location)
                        .containsPattern(location + "-\\w+\\h\\d+\\.\\d\\h%");
            }
        });
    }

    @Test
    void the_map_preview_shows_every_holder_apart_and_named_inside_the_map_on_a_laptop_and_a_desktop_screen(
            FxRobot robot) throws TimeoutException {
        openFromThePoolsPanel(robot);
        Window dialog = dialogNode(robot, "#suggest-dialog").getScene().getWindow();
        suggestAndWait(robot);
        robot.clickOn("Map");
        MapView map = robot.lookup("#proposal-map").queryAs(MapView.class);
        assertThat(map.heat().marks()).isNotEmpty();

        // The dialog's size on a 1920 x 1080 screen, on a 1280 x 800 one, and shorter still (a laptop's fonts and
        // window bars take more of its height than the test's): the map frames the holders anew each time. On
        // the shortest map a name with no room left beside its marker is left out, never cut.
        for (double[] size : new double[][] {{1240, 860}, {1240, 760}, {1240, 640}}) {
            robot.interact(() -> {
                dialog.setWidth(size[0]);
                dialog.setHeight(size[1]);
            });
            waitForFxEvents();
            boolean everyNameFits = size[1] >= 760;
            robot.interact(() -> map.heat().marks().keySet().forEach(location -> {
                String where = location + " at " + map.getWidth() + " x " + map.getHeight();
                assertThat(map.clusterSizeAt(map.locationPoint(location).orElseThrow()))
                        .as("%s: a marker and ring of its own, not merged into a cluster", where).isEqualTo(1);
                Bounds label = map.locationLabelBounds(location).orElse(null);
                if (everyNameFits) {
                    assertThat(label).as("%s named", where).isNotNull();
                } else if (label == null) {
                    return;
                }
                assertThat(label.getMinX()).as("%s: name from the left edge on", where).isGreaterThanOrEqualTo(0);
                assertThat(label.getMaxX()).as("%s: name up to the right edge", where)
                        .isLessThanOrEqualTo(map.getWidth());
                assertThat(label.getMinY()).as("%s: name below the top", where).isGreaterThanOrEqualTo(0);
                assertThat(label.getMaxY()).as("%s: name above the bottom", where)
                        .isLessThanOrEqualTo(map.getHeight());
            }));
        }
    }

    @Test
    void the_canvas_preview_frames_the_plan_without_scroll_bars(FxRobot robot) throws TimeoutException {
        openFromThePoolsPanel(robot);
        suggestAndWait(robot);
        Node canvas = robot.lookup("#proposal-canvas").query();

        // The preview takes no input: a scroll bar there would only take room from the drawing.
        Set<Node> bars = robot.from(canvas).lookup(".scroll-bar").queryAll();
        assertThat(bars).isNotEmpty().noneMatch(Node::isVisible);
        Canvas drawing = robot.from(canvas).lookup((Node n) -> n instanceof Canvas).queryAs(Canvas.class);
        assertThat(drawing.getWidth()).isEqualTo(canvas.getLayoutBounds().getWidth());
        assertThat(drawing.getHeight()).isEqualTo(canvas.getLayoutBounds().getHeight());
    }

    /** The pool's addresses each location's servers egress from, read off the plan itself. */
    private static Map<String, Set<String>> addressesByLocation(Topology plan) {
        List<String> pool = plan.pool("shop-pool").orElseThrow().addresses();
        Map<String, Set<String>> held = new TreeMap<>();
        for (Location location : plan.locations()) {
            for (DataCenter dataCenter : location.dataCenters()) {
                for (Server server : dataCenter.servers()) {
                    server.egressIps().stream().filter(pool::contains)
                            .forEach(ip -> held.computeIfAbsent(location.id(), k -> new TreeSet<>()).add(ip));
                }
            }
        }
        return held;
    }

    @Test
    void a_kept_location_still_holds_an_address_and_cannot_be_excluded_as_well(FxRobot robot)
            throws TimeoutException {
        openFromThePoolsPanel(robot);
        CheckListView<String> kept = robot.lookup("#suggest-kept").query();
        CheckListView<String> excluded = robot.lookup("#suggest-excluded").query();
        robot.interact(() -> excluded.getCheckModel().check("IAD"));
        robot.clickOn("#suggest-count-exactly");
        robot.interact(() -> robot.lookup("#suggest-addresses").<Spinner<Integer>>query().getValueFactory().setValue(2));

        robot.interact(() -> kept.getCheckModel().check("IAD"));

        assertThat(excluded.getCheckModel().getCheckedItems()).isEmpty();
        suggestAndWait(robot);
        robot.clickOn("#suggest-apply");
        waitForFxEvents();
        assertThat(topology().servers().filter(s -> s.id().startsWith("iad")).flatMap(s -> s.egressIps().stream()))
                .isNotEmpty();
    }

    @Test
    void close_leaves_the_document_as_it_was(FxRobot robot) throws TimeoutException {
        Topology before = topology();
        robot.clickOn("Plan").clickOn("Suggest Placement\u2026");
        waitForFxEvents();
        Window dialog = dialogNode(robot, "#suggest-dialog").getScene().getWindow();
        suggestAndWait(robot);

        assertThat(robot.lookup("#suggest-cancel").queryAs(Button.class).getText()).isEqualTo("Close");
        robot.clickOn("#suggest-cancel");
        waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        assertThat(topology()).isSameAs(before);
        assertThat(harness.window.document().isDirty()).isFalse();
    }
}
