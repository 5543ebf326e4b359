package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.document.TopologyDocument;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * With {@code -Daegis.startupTimes=true}, prints when the window first drew a frame and when it first drew the
 * opened document, in milliseconds since the JVM started: what the startup harness reads (see the README's
 * Benchmarks). With {@code =exit}, the editor quits after printing, so a script can time many starts.
 */
final class StartupTimes {

    private final long launched = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final boolean exit;
    private long windowFrame = -1;

    private StartupTimes(boolean exit) {
        this.exit = exit;
    }

    /** Starts watching the window's frames when the property asks for it. */
    static void watch(Stage stage, TopologyDocument document) {
        String mode = System.getProperty("aegis.startupTimes");
        if (mode == null || mode.equals("false")) {
            return;
        }
        new StartupTimes(mode.equals("exit")).follow(stage.getScene(), document);
    }

    private void follow(Scene scene, TopologyDocument document) {
        afterNextFrame(scene, () -> windowFrame = System.currentTimeMillis());
        document.replacementsProperty().addListener((obs, old, now) -> {
            if (old.longValue() == 0) {
                afterNextFrame(scene, () -> report(document));
            }
        });
    }

    private void report(TopologyDocument document) {
        long documentFrame = System.currentTimeMillis();
        System.out.printf(Locale.ROOT, "aegis startup: first frame %d ms, first frame of %s %d ms (%d ms after the"
                        + " first frame), %d servers; %d ms of CPU by then%n", windowFrame - launched,
                document.file() == null ? "the sample" : document.file().getFileName(), documentFrame - launched,
                documentFrame - windowFrame, document.topology().locations().stream()
                        .mapToLong(l -> l.dataCenters().stream().mapToLong(d -> d.servers().size()).sum()).sum(),
                cpuMillis());
        if (exit) {
            Platform.exit();
            System.exit(0);
        }
    }

    /** CPU time of every thread of the process: what the start costs, whatever else the machine is doing. */
    private static long cpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    private static void afterNextFrame(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // The layout of this pulse is done; the frame is drawn once the pulse's rendering is handed on.
                Platform.runLater(action);
            }
        });
        Platform.requestNextPulse();
    }
}
