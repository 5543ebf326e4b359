package dev.aegisplanner.app.bench;

import dev.aegisplanner.app.editor.EditorServices;
import dev.aegisplanner.app.editor.EditorWindow;
import dev.aegisplanner.app.editor.files.RecentFiles;
import dev.aegisplanner.app.editor.files.RecoveryStore;
import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.app.editor.theme.ThemeManager;
import dev.aegisplanner.model.topology.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Frame times of trace playback in the real editor window, map in view: every scenario of a file played once
 * at normal speed. Per frame it records the time between pulses (what the eye gets; 16.7 ms at 60 Hz) and the
 * work on the JavaFX thread from the start of the pulse's animations to the end of its layout (playback, the
 * panel, the map's redraw). Run under a display: {@code DemoMain}-style,
 * {@code java ... dev.aegisplanner.app.bench.PlaybackFrameTimes$Launch FILE}.
 */
public class PlaybackFrameTimes extends Application {

    private final List<Double> intervals = new ArrayList<>();
    private final List<Double> work = new ArrayList<>();
    private long pulseStart = -1;
    private long lastPulse = -1;
    private boolean measuring;

    /** Starts the application from the class path. */
    public static final class Launch {
        private Launch() {
        }

        public static void main(String[] args) {
            Application.launch(PlaybackFrameTimes.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("aegis-frames");
        Preferences preferences = Preferences.userRoot().node("dev/aegisplanner/frames-" + System.nanoTime());
        EditorWindow window = new EditorWindow(stage, new EditorServices(new ThemeManager(preferences),
                new RecentFiles(preferences.node("recent")), new RecoveryStore(folder.resolve("recovery")),
                new BackgroundWork(), 3600), List.of());
        stage.setWidth(1600);
        stage.setHeight(1000);
        window.show(Path.of(getParameters().getRaw().get(0)), Optional.empty());
        Scene scene = stage.getScene();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulseStart = System.nanoTime();
                if (measuring && lastPulse > 0) {
                    intervals.add((now - lastPulse) / 1e6);
                }
                lastPulse = now;
            }
        }.start();
        scene.addPostLayoutPulseListener(() -> {
            if (measuring && pulseStart > 0) {
                work.add((System.nanoTime() - pulseStart) / 1e6);
            }
        });
        Thread run = new Thread(() -> play(window, stage), "frame-times");
        run.setDaemon(true);
        run.start();
    }

    private void play(EditorWindow window, Stage stage) {
        while (window.document().topology().scenarios().isEmpty()) {
            sleep(200);
        }
        sleep(2000);
        Platform.runLater(() -> ((TabPane) stage.getScene().lookup("#centre-views")).getSelectionModel().select(1));
        List<Scenario> scenarios = window.document().topology().scenarios();
        for (Scenario scenario : scenarios) {
            Platform.runLater(() -> window.traceRequest().chooseScenario(scenario.id()));
            // A large topology is traced in the background: wait for its trace to start playing (a refused
            // request never does).
            for (int waited = 0; waited < 10_000 && !window.traceSession().playback().playingProperty().get(); waited += 20) {
                sleep(20);
            }
            Platform.runLater(() -> measuring = true);
            while (window.traceSession().playback().playingProperty().get()) {
                sleep(50);
            }
            Platform.runLater(() -> measuring = false);
            sleep(200);
        }
        Platform.runLater(() -> {
            report(window.document().topology().servers().count(), scenarios.size());
            System.exit(0);
        });
    }

    private void report(long servers, int scenarios) {
        System.out.printf(Locale.ROOT, "%d scenarios, %d servers, %d frames%n", scenarios, servers, intervals.size());
        System.out.println("frame interval ms: " + stats(intervals));
        System.out.println("FX-thread work ms (animation to layout): " + stats(work));
    }

    private static String stats(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return "no frames";
        }
        return String.format(Locale.ROOT, "median %.2f, p95 %.2f, max %.2f", at(sorted, 0.5), at(sorted, 0.95),
                sorted[sorted.length - 1]) + " (n=" + sorted.length + ")";
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))];
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
