package dev.aegisplanner.app.bench;

import static dev.aegisplanner.app.bench.BenchFigures.ms;
import static dev.aegisplanner.app.bench.BenchFigures.percentile;
import static dev.aegisplanner.app.bench.BenchFigures.usedHeap;

import dev.aegisplanner.app.editor.EditorServices;
import dev.aegisplanner.app.editor.EditorWindow;
import dev.aegisplanner.app.editor.files.RecentFiles;
import dev.aegisplanner.app.editor.files.RecoveryStore;
import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.app.editor.theme.ThemeManager;
import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * What the planner waits for in the real editor window at planet scale: select all, move the selection by an
 * arrow key, delete it, undo; one property edit, and the undo history each edit leaves behind. A harness, not a
 * test: it prints figures for the README. Every step runs on the JavaFX thread as the key or menu would run it,
 * and is timed until the next frame has been laid out and drawn (the edit, every listener, the canvas).
 *
 * <p>Input: a topology file, ideally with a complete layout (the figures are taken once the layout is
 * written). Headless (Monocle) unless {@code -Dbench.display=true} is given with a display. A step that takes
 * longer than {@code -Dbench.timeoutSeconds} (default 60) is reported as not finished and ends the run.
 * <pre>
 * mvn -o -q -pl app -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx4g -cp app/target/test-classes:app/target/classes:$(cat app/target/bench.cp) \
 *     dev.aegisplanner.app.bench.EditorScaleBenchmark big-with-layout.json
 * </pre>
 */
public final class EditorScaleBenchmark {

    private static final int PROPERTY_EDITS = 40;

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private final long timeoutSeconds = Long.getLong("bench.timeoutSeconds", 60);
    /** The JavaFX thread's CPU milliseconds of each timed step, in order. */
    private final List<Double> fxCpu = new java.util.concurrent.CopyOnWriteArrayList<>();
    private EditorWindow window;

    private EditorScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("bench.display")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1920x1080-32");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        try {
            new EditorScaleBenchmark().run(Path.of(args[0]));
        } catch (TimeoutException e) {
            System.out.println(e.getMessage());
        } finally {
            System.exit(0);
        }
    }

    private void run(Path file) throws Exception {
        Path folder = Files.createTempDirectory("aegis-scale");
        long open = System.nanoTime();
        onFx("open", () -> {
            Preferences preferences = Preferences.userRoot().node("dev/aegisplanner/scale-" + System.nanoTime());
            Stage stage = new Stage();
            window = new EditorWindow(stage, new EditorServices(new ThemeManager(preferences),
                    new RecentFiles(preferences.node("recent")), new RecoveryStore(folder.resolve("recovery")),
                    new BackgroundWork(), 3600), List.of());
            stage.setWidth(1600);
            stage.setHeight(1000);
            window.show(file, Optional.empty());
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!file.equals(fx(() -> window.document().file()))) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("open: did not finish within " + timeoutSeconds + " s");
            }
            Thread.sleep(20);
        }
        System.out.printf(Locale.ROOT, "Opened %s in %.0f ms (%d servers)%n", file.getFileName(), ms(open),
                fx(() -> window.document().topology().servers().count()));
        Thread.sleep(2000);

        propertyEdits();
        moveEdits();

        step("Select all", () -> window.canvas().selectAll());
        System.out.printf(Locale.ROOT, "  selected %,d elements%n", fx(() -> window.selection().selected().size()));
        step("Move the selection (arrow key)", () -> {
            Event.fireEvent(window.canvas(), key(KeyEvent.KEY_PRESSED, KeyCode.RIGHT));
            Event.fireEvent(window.canvas(), key(KeyEvent.KEY_RELEASED, KeyCode.RIGHT));
        });
        step("Delete the selection", () -> window.canvas().deleteSelection());
        step("Undo the delete", () -> window.document().commands().undo());
    }

    /** One name edit of a server, again and again, each its own undo step; and what the history keeps per edit. */
    private void propertyEdits() throws Exception {
        Server server = fx(() -> window.document().topology().servers().skip(50_000).findFirst().orElseThrow());
        ElementRef ref = ElementRef.server(server.id());
        fx(() -> {
            window.selection().select(ref);
            return null;
        });
        settle();
        long before = usedHeap();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < PROPERTY_EDITS; i++) {
            String name = "Edge " + i;
            times.add(timed(() -> window.document().commands().execute("Rename",
                    t -> PropertyEdits.setName(t, ref, name))));
        }
        settle();
        long after = usedHeap();
        System.out.printf(Locale.ROOT, "One property edit (server name, through the undo stack, to the next frame):"
                + " median %.1f ms, p90 %.1f ms, max %.1f ms over %d edits; JavaFX thread CPU median %.1f ms%n",
                percentile(times, 50), percentile(times, 90), Collections.max(times), PROPERTY_EDITS,
                percentile(lastCpu(PROPERTY_EDITS), 50));
        System.out.printf(Locale.ROOT, "Undo history: %.1f KB per edit (retained heap after forced GC, %d edits, %d steps on the stack)%n",
                (after - before) / 1024.0 / PROPERTY_EDITS, PROPERTY_EDITS,
                fx(() -> window.document().commands().undoDepth()));
    }

    /** One server moved by a few units, again and again, each its own undo step. */
    private void moveEdits() throws Exception {
        Server server = fx(() -> window.document().topology().servers().skip(60_000).findFirst().orElseThrow());
        ElementRef ref = ElementRef.server(server.id());
        settle();
        long before = usedHeap();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < PROPERTY_EDITS; i++) {
            double d = i % 2 == 0 ? 2 : -2;
            times.add(timed(() -> window.document().commands().execute("Move",
                    t -> dev.aegisplanner.model.edit.StructureEdits.move(t, List.of(ref), d, d))));
        }
        settle();
        long after = usedHeap();
        System.out.printf(Locale.ROOT, "One move of a server (through the undo stack, to the next frame):"
                + " median %.1f ms, p90 %.1f ms, max %.1f ms over %d edits; JavaFX thread CPU median %.1f ms%n",
                percentile(times, 50), percentile(times, 90), Collections.max(times), PROPERTY_EDITS,
                percentile(lastCpu(PROPERTY_EDITS), 50));
        System.out.printf(Locale.ROOT, "Undo history: %.1f KB per move%n", (after - before) / 1024.0 / PROPERTY_EDITS);
    }

    private void step(String what, Runnable action) throws Exception {
        double took = timed(() -> {
            action.run();
            return null;
        });
        System.out.printf(Locale.ROOT, "%s: %.0f ms (JavaFX thread CPU %.0f ms)%n", what, took, fxCpu.get(fxCpu.size() - 1));
        settle();
    }

    /**
     * Runs the action on the FX thread and waits until the frame after it has been through a pulse; returns the
     * wall-clock milliseconds, and adds the JavaFX thread's own CPU milliseconds over the same span to
     * {@link #fxCpu} (what the step costs the thread, whatever else the machine is doing).
     */
    private double timed(Supplier<?> action) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        long start = System.nanoTime();
        Platform.runLater(() -> {
            long cpu = THREADS.getCurrentThreadCpuTime();
            action.get();
            window.canvas().getScene().addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    window.canvas().getScene().removePostLayoutPulseListener(this);
                    fxCpu.add((THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
                    done.complete(System.nanoTime());
                }
            });
            Platform.requestNextPulse();
        });
        try {
            return (done.get(timeoutSeconds, TimeUnit.SECONDS) - start) / 1e6;
        } catch (TimeoutException e) {
            throw new TimeoutException("did not finish within " + timeoutSeconds + " s");
        }
    }

    private List<Double> lastCpu(int count) {
        return fxCpu.subList(fxCpu.size() - count, fxCpu.size());
    }

    /** Lets background work (validation, the trace) finish so the next step is timed alone. */
    private void settle() throws Exception {
        Thread.sleep(1500);
        fx(() -> null);
    }

    private <T> T fx(Supplier<T> work) throws Exception {
        return onFx("FX call", work);
    }

    private <T> T onFx(String what, Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new TimeoutException(what + ": did not finish within " + timeoutSeconds + " s");
        }
    }

    private static KeyEvent key(javafx.event.EventType<KeyEvent> type, KeyCode code) {
        return new KeyEvent(type, "", "", code, false, false, false, false);
    }
}
