package dev.aegisplanner.app.editor;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.aegisplanner.app.editor.files.RecentFiles;
import dev.aegisplanner.app.editor.files.RecoveryStore;
import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.app.editor.theme.ThemeManager;
import dev.aegisplanner.model.io.TopologyWriter;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * Opens the real editor window on a topology file in a folder of its own, with preferences and a recovery
 * folder of its own, so tests never touch the planner's settings.
 */
final class EditorHarness {

    final Path folder;
    final Path file;
    final RecoveryStore recovery;
    EditorWindow window;

    EditorHarness(Topology topology) throws IOException {
        folder = Files.createTempDirectory("aegis-editor-test");
        file = folder.resolve("five-metros.json");
        TopologyWriter.write(topology, file);
        recovery = new RecoveryStore(folder.resolve("recovery"));
    }

    /** Builds and shows the window on the file; call from {@code @Start}. */
    void start(Stage stage) {
        start(stage, file);
    }

    /** Builds and shows the window on a file, or with {@code null} on a new document, as a start without arguments. */
    void start(Stage stage, Path opened) {
        Preferences preferences = Preferences.userRoot().node("dev/aegisplanner/test/editor-" + System.nanoTime());
        EditorServices services = new EditorServices(new ThemeManager(preferences),
                new RecentFiles(preferences.node("recent")), recovery, new BackgroundWork(), 3600);
        window = new EditorWindow(stage, services, List.of());
        window.show(opened, Optional.empty());
    }

    void awaitOpened() throws TimeoutException {
        waitFor(10, TimeUnit.SECONDS, () -> file.equals(window.document().file()));
    }

    /** Opens the file and starts presentation mode with F5, as a planner would; call before each test. */
    void awaitPresenting(FxRobot robot) throws TimeoutException {
        awaitOpened();
        robot.type(KeyCode.F5);
        waitFor(5, TimeUnit.SECONDS, () -> window.presentation() != null && window.presentation().isShowing());
    }

    /** Ends presentation mode: a presentation left full screen would outlive the test's window. */
    void stopPresenting(FxRobot robot) {
        robot.interact(() -> window.presentation().close());
    }
}
