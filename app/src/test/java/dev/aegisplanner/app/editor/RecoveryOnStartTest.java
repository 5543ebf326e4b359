package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** After a crash: the editor finds the recovery copy of the file it opens and offers it back. */
@ExtendWith(ApplicationExtension.class)
class RecoveryOnStartTest {

    private EditorHarness harness;
    private final Topology unsaved = EditorFixtures.fiveMetros().withDescription("changes never saved");

    @Start
    void start(Stage stage) throws IOException {
        harness = new EditorHarness(EditorFixtures.fiveMetros());
        Files.setLastModifiedTime(harness.file, FileTime.from(Instant.now().minusSeconds(120)));
        harness.recovery.save(harness.file, unsaved);
        harness.start(stage);
    }

    @Test
    void recovering_opens_the_unsaved_changes_as_one_undoable_change(FxRobot robot) throws TimeoutException {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#recovery-dialog").tryQuery().isPresent());

        robot.clickOn("Recover");

        EditorWindow window = harness.window;
        assertThat(window.document().topology()).isEqualTo(unsaved);
        assertThat(window.document().isDirty()).isTrue();
        assertThat(window.document().file()).isEqualTo(harness.file);
        robot.interact(() -> window.document().commands().undo());
        assertThat(window.document().topology()).isEqualTo(EditorFixtures.fiveMetros());
    }
}
