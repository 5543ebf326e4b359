package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
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
