package dev.aegisplanner.app.bench;

import dev.aegisplanner.app.editor.EditorServices;
import dev.aegisplanner.app.editor.EditorWindow;
import dev.aegisplanner.app.editor.files.RecentFiles;
import dev.aegisplanner.app.editor.files.RecoveryStore;
import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.app.editor.theme.ThemeManager;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/** How the editor's harnesses start JavaFX and open the real window, with settings of their own. */
final class BenchWindow {

    private BenchWindow() {
    }

    /** Starts the toolkit: headless Monocle unless {@code -Dbench.display=true} is given with a display. */
    static void startToolkit() throws Exception {
        if (!Boolean.getBoolean("bench.display")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1920x1080-32");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
    }

    /** A 1600 x 1000 editor window on its own preferences and recovery folder; on the JavaFX thread. */
    static EditorWindow open(Stage stage, String name, Path folder) {
        Preferences preferences = Preferences.userRoot().node("dev/aegisplanner/" + name + "-" + System.nanoTime());
        EditorWindow window = new EditorWindow(stage, new EditorServices(new ThemeManager(preferences),
                new RecentFiles(preferences.node("recent")), new RecoveryStore(folder.resolve("recovery")),
                new BackgroundWork(), 3600), List.of());
        stage.setWidth(1600);
        stage.setHeight(1000);
        return window;
    }
}
