package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aegisplanner.app.editor.problems.ProblemRow;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.FieldOwner;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.UnknownField;
import dev.aegisplanner.model.topology.UnknownFields;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A mistyped field in the real window: its problem has a light bulb, and "Rename to 'regions'" from it (or from
 * the row's context menu) fixes the plan as one step Ctrl+Z takes back.
 */
@ExtendWith(ApplicationExtension.class)
class QuickFixInTheProblemsPanelTest {

    private static final FieldOwner ZONE = new FieldOwner(ElementKind.ZONE.name(), "shop.example.com");

    private EditorHarness harness;

    @Start
    void start(Stage stage) throws IOException {
        Topology typo = EditorFixtures.fiveMetros().withUnknownFields(UnknownFields.of(Map.of(ZONE,
                List.of(new UnknownField("region", "[\"EU\"]")))));
        harness = new EditorHarness(typo);
        harness.start(stage);
    }

    @BeforeEach
    void opened(FxRobot robot) throws TimeoutException {
        harness.awaitOpened();
        robot.clickOn("#status-errors");
        waitFor(5, TimeUnit.SECONDS, () -> problems(robot).getItems().stream()
                .anyMatch(r -> r.message().startsWith("Unknown field 'region'")));
    }

    private TableView<ProblemRow> problems(FxRobot robot) {
        return robot.lookup("#problems-table").queryTableView();
    }

    @Test
    void the_light_bulb_renames_the_field_to_the_one_meant_and_undo_takes_it_back(FxRobot robot)
            throws TimeoutException {
        robot.clickOn(robot.lookup(".quick-fix-button").queryAs(Node.class));
        robot.clickOn("Rename to 'regions'");
        waitForFxEvents();

        assertThat(harness.window.document().topology().zone("shop.example.com").orElseThrow().regions())
                .containsExactly("EU");
        assertThat(harness.window.document().topology().unknownFields().of(ZONE)).isEmpty();
        waitFor(5, TimeUnit.SECONDS, () -> problems(robot).getItems().stream()
                .noneMatch(r -> r.message().startsWith("Unknown field")));

        robot.interact(() -> harness.window.document().commands().undo());
        assertThat(harness.window.document().topology().unknownFields().of(ZONE)).hasSize(1);
    }

    @Test
    void the_rows_context_menu_offers_the_same_fixes(FxRobot robot) {
        Node row = robot.lookup("#problems-table .table-row-cell").nth(0).queryAs(Node.class);
        // What a right click (or the menu key) asks for; the headless toolkit does not turn clicks into it.
        robot.interact(() -> {
            javafx.geometry.Point2D at = row.localToScreen(20, 5);
            row.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 5, at.getX(), at.getY(),
                    false, null));
        });
        robot.clickOn("Remove field 'region'");
        waitForFxEvents();

        assertThat(harness.window.document().topology().unknownFields().isEmpty()).isTrue();
        assertThat(harness.window.document().commands().undoLabelProperty().get()).isEqualTo("Undo Remove field 'region'");
    }
}
