package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aegisplanner.app.editor.files.RecoveryStore;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * After a crash, the editor started without a file offers every copy an earlier run kept: the unsaved new
 * document's and a saved document's alike. A copy goes only when the planner discards it; closing the
 * question keeps them all for the next start.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryOfEveryCopyTest {

    private EditorHarness harness;
    private final Topology namedChanges = EditorFixtures.fiveMetros().withDescription("named, never saved");
    private final Topology untitledWork = Topology.empty("Sketch").withDescription("untitled, never saved");
    private final String untitledSlot = RecoveryStore.newUntitledSlot();

    @Start
    void start(Stage stage) throws IOException {
        harness = new EditorHarness(EditorFixtures.fiveMetros());
        Files.setLastModifiedTime(harness.file, FileTime.from(Instant.now().minusSeconds(300)));
        harness.recovery.save(RecoveryStore.slotOf(harness.file, null), harness.file, null, namedChanges, null);
        harness.recovery.save(untitledSlot, null, null, untitledWork, null);
        harness.start(stage, null);
    }

    private ListView<RecoveryStore.Recovery> copies(FxRobot robot) throws TimeoutException {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#recovery-copies").tryQuery().isPresent());
        return robot.lookup("#recovery-copies").queryListView();
    }

    @Test
    void every_copy_is_offered_at_start_and_closing_the_question_keeps_them(FxRobot robot) throws TimeoutException {
        assertThat(copies(robot).getItems()).extracting(RecoveryStore.Recovery::documentName)
                .containsExactlyInAnyOrder("five-metros.json", "an unsaved document");

        robot.clickOn("Later");
        waitForFxEvents();

        assertThat(harness.recovery.all()).hasSize(2);
        assertThat(harness.window.document().isDirty()).isFalse();
    }

    @Test
    void discarding_one_copy_removes_that_copy_only(FxRobot robot) throws TimeoutException {
        int untitled = copies(robot).getItems().stream().map(RecoveryStore.Recovery::slot).toList().indexOf(untitledSlot);

        robot.clickOn("#discard-" + untitled);
        waitForFxEvents();
        robot.clickOn("Later");
        waitFor(5, TimeUnit.SECONDS, () -> harness.recovery.all().size() == 1);

        assertThat(harness.recovery.all()).extracting(RecoveryStore.Recovery::documentName)
                .containsExactly("five-metros.json");
    }

    @Test
    void recovering_a_saved_documents_copy_opens_its_file_with_the_changes_as_one_undoable_step(FxRobot robot)
            throws TimeoutException {
        int named = copies(robot).getItems().stream().map(RecoveryStore.Recovery::documentName).toList()
                .indexOf("five-metros.json");

        robot.clickOn("#recover-" + named);
        waitFor(10, TimeUnit.SECONDS, () -> harness.file.equals(harness.window.document().file())
                && harness.window.document().isDirty());

        assertThat(harness.window.document().topology()).isEqualTo(namedChanges);
        robot.interact(() -> harness.window.document().commands().undo());
        assertThat(harness.window.document().topology()).isEqualTo(EditorFixtures.fiveMetros());
        assertThat(harness.recovery.all()).as("the other copy waits for the next start")
                .extracting(RecoveryStore.Recovery::slot).contains(untitledSlot);
    }

    @Test
    void recovering_an_unsaved_documents_copy_brings_it_back_as_a_new_document(FxRobot robot) throws TimeoutException {
        int untitled = copies(robot).getItems().stream().map(RecoveryStore.Recovery::slot).toList().indexOf(untitledSlot);

        robot.clickOn("#recover-" + untitled);
        waitForFxEvents();

        assertThat(harness.window.document().file()).isNull();
        assertThat(harness.window.document().topology()).isEqualTo(untitledWork);
        assertThat(harness.window.document().isDirty()).isTrue();
    }
}
