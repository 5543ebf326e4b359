package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Zone;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import java.util.List;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drawing in the real window: new entries ready for typing, the context menu's window actions, the dirty mark. */
@ExtendWith(ApplicationExtension.class)
class EditorDrawingTest {

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

    private Stage stage(FxRobot robot) {
        return (Stage) robot.lookup("#editor-root").query().getScene().getWindow();
    }

    @Test
    void a_new_zone_is_selected_and_its_first_field_takes_the_typing(FxRobot robot) throws TimeoutException {
        robot.clickOn("#tab-zones");
        robot.clickOn("#add-zones");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#property-sheet .text-input").queryAll().stream()
                .anyMatch(Node::isFocused));

        assertThat(window().selection().snapshot()).containsExactly(new ElementRef(ElementKind.ZONE, "zone-1"));
        robot.write("shop.example.net").type(KeyCode.ENTER);

        assertThat(window().document().topology().zones()).extracting(Zone::id)
                .containsExactly("shop.example.com", "shop.example.net");
    }

    @Test
    void a_new_pool_is_selected_in_its_tree_and_in_the_sheet(FxRobot robot) throws TimeoutException {
        robot.clickOn("#tab-pools");
        robot.clickOn("#add-pool");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#property-sheet .text-input").queryAll().stream()
                .anyMatch(Node::isFocused));

        assertThat(window().selection().snapshot()).containsExactly(new ElementRef(ElementKind.POOL, "pool-1"));
        assertThat(robot.lookup("#pools-tree").queryAs(javafx.scene.control.TreeView.class).getSelectionModel().getSelectedItem()).isNotNull();
    }

    @Test
    void the_shortcuts_sheet_says_what_dragging_on_the_canvas_does(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window().showShortcuts());
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts-sheet").tryQuery().isPresent());

        List<String> texts = robot.lookup("#shortcuts-sheet .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(texts).contains("Rubber band", "Shift+drag", "Move freely, without snapping", "Alt while dragging",
                "Context menu");
        robot.interact(() -> ((Stage) robot.lookup("#shortcuts-sheet").query().getScene().getWindow()).close());
    }

    @Test
    void undoing_back_to_the_saved_state_clears_the_dirty_mark(FxRobot robot) {
        robot.interact(() -> window().document().commands().execute("Take fra1-s1 down",
                t -> PropertyEdits.setStatus(t, ElementRef.server("fra1-s1"), Status.DOWN)));
        assertThat(stage(robot).getTitle()).isEqualTo("five-metros.json* \u2014 Aegis Planner");

        robot.interact(() -> window().document().commands().undo());

        assertThat(stage(robot).getTitle()).isEqualTo("five-metros.json \u2014 Aegis Planner");
    }

    @Test
    void the_context_menu_asks_what_a_failure_would_change_without_changing_anything(FxRobot robot)
            throws TimeoutException {
        robot.interact(() -> window().canvas().fitToWindow());
        robot.interact(() -> window().selection().select(ElementRef.dataCenter("FRA-1")));
        var before = window().document().topology();

        robot.interact(() -> window().canvas().contextMenu().getItems().clear());
        robot.interact(() -> window().canvas().showContextMenuFor(ElementRef.dataCenter("FRA-1")));
        robot.clickOn("#context-what-if-down");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#what-if-down").tryQuery().isPresent());

        DialogPane answer = robot.lookup("#what-if-down").queryAs(DialogPane.class);
        assertThat(answer.getHeaderText()).contains("rerouted").contains("zone");
        assertThat(window().document().topology()).isSameAs(before);
        robot.interact(() -> ((Stage) answer.getScene().getWindow()).close());
    }

    @Test
    void properties_from_the_context_menu_focus_the_sheet(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window().selection().select(ElementRef.server("mad1-s1")));
        robot.interact(() -> window().canvas().showContextMenuFor(ElementRef.server("mad1-s1")));
        robot.clickOn("#context-properties");
        waitForFxEvents();
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#property-sheet .text-input").queryAll().stream()
                .anyMatch(Node::isFocused));
        TextInputControl focused = robot.lookup("#property-sheet .text-input").queryAllAs(TextInputControl.class).stream()
                .filter(Node::isFocused).findFirst().orElseThrow();
        assertThat(focused.getText()).isEqualTo("mad1-s1");
    }
}
