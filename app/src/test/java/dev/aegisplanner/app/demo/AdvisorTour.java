package dev.aegisplanner.app.demo;

import static dev.aegisplanner.app.demo.TourSteps.fx;
import static dev.aegisplanner.app.demo.TourSteps.pause;
import static dev.aegisplanner.app.demo.TourSteps.shoot;

import dev.aegisplanner.app.editor.EditorServices;
import dev.aegisplanner.app.editor.EditorWindow;
import dev.aegisplanner.app.editor.advisor.SuggestPlacementDialog;
import dev.aegisplanner.app.editor.files.RecentFiles;
import dev.aegisplanner.app.editor.files.RecoveryStore;
import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.app.editor.theme.Theme;
import dev.aegisplanner.app.editor.theme.ThemeManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;

/**
 * Walks "Suggest Placement..." on a sample and photographs it with ImageMagick's {@code import} (run it under Xvfb):
 * the question, the search running, the proposal (canvas and map) in the light and the dark theme, the end of the
 * question (kept and excluded locations), then the editor after Apply.
 * {@code DemoMain AdvisorTour samples/across-the-ocean.json shop-pool /tmp/advisor 1920 1080}.
 */
public class AdvisorTour extends Application {

    private EditorWindow window;
    private ThemeManager theme;

    @Override
    public void start(Stage primary) throws IOException {
        List<String> args = getParameters().getRaw();
        Path folder = Files.createTempDirectory("aegis-tour");
        Preferences preferences = Preferences.userRoot().node("dev/aegisplanner/tour-" + System.nanoTime());
        theme = new ThemeManager(preferences);
        EditorServices services = new EditorServices(theme, new RecentFiles(preferences.node("recent")),
                new RecoveryStore(folder.resolve("recovery")), new BackgroundWork(), 3600);
        window = new EditorWindow(primary, services, List.of());
        primary.setX(0);
        primary.setY(0);
        primary.setWidth(Double.parseDouble(args.get(3)));
        primary.setHeight(Double.parseDouble(args.get(4)));
        window.show(Path.of(args.get(0)), Optional.empty());
        Thread tour = new Thread(() -> walk(args.get(1), args.get(2)), "tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void walk(String pool, String prefix) {
        pause(4000);
        AtomicReference<SuggestPlacementDialog> dialog = new AtomicReference<>();
        fx(() -> dialog.set(window.placementAdvisor().open(pool)));
        fx(() -> {
            Stage stage = dialog.get().stage();
            stage.setX(window.canvas().getScene().getWindow().getX() + 20);
            stage.setY(window.canvas().getScene().getWindow().getY() + 20);
        });
        pause(1500);
        shoot(prefix + "-ask");
        fx(() -> ((Button) dialog.get().stage().getScene().lookup("#suggest-run")).fire());
        pause(600);
        shoot(prefix + "-running");
        waitFor(dialog.get(), 120_000);
        pause(2500);
        shoot(prefix + "-proposal-light");
        fx(() -> ((javafx.scene.control.TabPane) dialog.get().stage().getScene().lookup("#proposal-previews"))
                .getSelectionModel().select(1));
        pause(2500);
        shoot(prefix + "-proposal-map");
        fx(() -> theme.apply(Theme.DARK));
        pause(2500);
        shoot(prefix + "-proposal-map-dark");
        fx(() -> ((javafx.scene.control.TabPane) dialog.get().stage().getScene().lookup("#proposal-previews"))
                .getSelectionModel().select(0));
        pause(1500);
        shoot(prefix + "-proposal-dark");
        fx(() -> ((javafx.scene.control.ScrollPane) dialog.get().stage().getScene().lookup(".scroll-pane")).setVvalue(1));
        pause(1000);
        shoot(prefix + "-question-end-dark");
        fx(() -> theme.apply(Theme.LIGHT));
        fx(() -> ((Button) dialog.get().stage().getScene().lookup("#suggest-apply")).fire());
        pause(2500);
        shoot(prefix + "-applied");
        fx(Platform::exit);
    }

    private static void waitFor(SuggestPlacementDialog dialog, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            AtomicReference<Boolean> enabled = new AtomicReference<>(false);
            fx(() -> enabled.set(!dialog.stage().getScene().lookup("#suggest-apply").isDisabled()));
            if (enabled.get()) {
                return;
            }
            pause(250);
        }
    }
}
