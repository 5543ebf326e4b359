package dev.aegisplanner.app.bench;

import static dev.aegisplanner.app.bench.BenchFigures.percentile;

import dev.aegisplanner.app.editor.AnalysisWorkbench;
import dev.aegisplanner.app.editor.EditorWindow;
import dev.aegisplanner.model.edit.DemandEdits;
import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.edit.StructureEdits;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Status;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The analysis views at planet scale in the real window (issue 8, "the views recolour within one frame after an
 * edit that changes no route, and never freeze the window"). A harness, not a test: it prints figures for the
 * README. It opens a topology with demand (from {@code generate --demand}) headless, turns on the capacity
 * colours, then the coverage colours, and times:
 * <ul>
 *   <li>a move on the canvas with the colours on: the edit to the next frame, and whether anything was analysed;</li>
 *   <li>an edit of demand: to the next frame, then until the new analysis is in (after the debounce), and from
 *       there to the recoloured frame on the JavaFX thread;</li>
 *   <li>N-1 in the background, and how long the window waits meanwhile;</li>
 *   <li>coverage: the first colours, a what-if taking a location down, a server marked down;</li>
 *   <li>throughout, how long the JavaFX thread ever kept the window waiting ({@link FxHeartbeat}).</li>
 * </ul>
 * <pre>
 * mvn -o -q -pl app -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx4g -cp app/target/test-classes:app/target/classes:$(cat app/target/bench.cp) \
 *     dev.aegisplanner.app.bench.AnalysisViewsBenchmark planet.json
 * </pre>
 */
public final class AnalysisViewsBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int EDITS = 10;

    private final long timeoutSeconds = Long.getLong("bench.timeoutSeconds", 120);
    private EditorWindow window;
    private Stage stage;
    private FxHeartbeat heartbeat;

    private AnalysisViewsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchWindow.startToolkit();
        try {
            new AnalysisViewsBenchmark().run(Path.of(args[0]));
        } catch (TimeoutException e) {
            System.out.println(e.getMessage());
        } finally {
            System.exit(0);
        }
    }

    private void run(Path file) throws Exception {
        Path folder = Files.createTempDirectory("aegis-analysis-bench");
        fx(() -> {
            stage = new Stage();
            window = BenchWindow.open(stage, "analysis-bench", folder);
            window.show(file, Optional.empty());
            return null;
        });
        await(() -> file.equals(window.document().file()));
        AnalysisWorkbench analyses = fx(window::analyses);
        System.out.printf(Locale.ROOT, "Opened %s: %,d servers, %,d demand entries%n", file.getFileName(),
                fx(() -> window.document().topology().servers().count()),
                fx(() -> window.document().topology().demand().size()));
        // The first edit writes the derived layout into the document; make it before timing anything.
        ElementRef server = fx(() -> ElementRef.server(window.document().topology().servers().skip(60_000)
                .findFirst().orElseThrow().id()));
        timedEdit(() -> move(server, 1));
        Thread.sleep(3000);
        heartbeat = new FxHeartbeat();
        moves(server, "without analysis colours (for comparison)", null);
        settle("moves without colours");

        long start = System.nanoTime();
        fx(() -> {
            dock().getSelectionModel().select(tab("tab-capacity"));
            return null;
        });
        await(() -> !analyses.capacity().items().isEmpty());
        System.out.printf(Locale.ROOT, "Capacity colours on (the first analysis, validation included): %.0f ms; "
                + "%,d rows%n", (System.nanoTime() - start) / 1e6, fx(() -> analyses.capacity().items().size()));
        settle("first capacity analysis");

        moves(server, "with capacity colours on", analyses);
        settle("moves");

        List<Double> frames = new ArrayList<>();
        List<Double> arrivals = new ArrayList<>();
        List<Double> recolours = new ArrayList<>();
        List<Double> recolourCpu = new ArrayList<>();
        for (int i = 0; i < EDITS; i++) {
            double connections = 400 + 100 * i;
            long edited = System.nanoTime();
            Object before = fx(() -> analyses.feed().state());
            CompletableFuture<double[]> recoloured = afterNextChange(analyses.feed().stateProperty());
            frames.add(timedEdit(() -> window.document().commands().execute("Demand", t -> DemandEdits.replace(t, 0,
                    t.demand().get(0).withConnections(connections))))[0]);
            double[] recolour = recoloured.get(timeoutSeconds, TimeUnit.SECONDS);
            arrivals.add(recolour[2] - (edited / 1e6));
            recolours.add(recolour[0]);
            recolourCpu.add(recolour[1]);
            await(() -> analyses.feed().state() != before && !analyses.feed().busyProperty().get());
        }
        System.out.printf(Locale.ROOT, "An edit of demand: to the next frame median %.1f ms; the new analysis in "
                        + "(debounce 250 ms included) median %.0f ms; from its arrival to the recoloured frame median "
                        + "%.1f ms, max %.1f ms (JavaFX thread CPU median %.1f ms)%n", percentile(frames, 50),
                percentile(arrivals, 50), percentile(recolours, 50), Collections.max(recolours),
                percentile(recolourCpu, 50));
        settle("demand edits");

        start = System.nanoTime();
        fx(() -> {
            analyses.capacity().runDrills();
            return null;
        });
        await(() -> !analyses.capacity().drillsRunningProperty().get());
        System.out.printf(Locale.ROOT, "N-1 in the window (%s): %.1f s%n", fx(() -> {
            var report = analyses.capacity().drillReportProperty().get();
            return report == null ? "no result" : report.drills() + " drills, " + report.failures().size() + " hurt";
        }), (System.nanoTime() - start) / 1e9);
        settle("N-1");

        start = System.nanoTime();
        fx(() -> {
            dock().getSelectionModel().select(tab("tab-coverage"));
            return null;
        });
        await(() -> analyses.coverage().stateProperty().get() != null && analyses.coverage().stateProperty().get().ready());
        System.out.printf(Locale.ROOT, "Coverage colours on (engine, one zone, colours): %.0f ms%n",
                (System.nanoTime() - start) / 1e6);
        settle("coverage on");

        String location = fx(() -> window.document().topology().locations().get(0).id());
        CompletableFuture<double[]> shown = afterNextChange(analyses.coverage().stateProperty());
        start = System.nanoTime();
        fx(() -> {
            analyses.coverage().takeDown(List.of(ElementRef.location(location)));
            return null;
        });
        double[] whatIf = shown.get(timeoutSeconds, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "Coverage what-if, location %s down: in %.0f ms (debounce 150 ms included), "
                        + "%,d requests changed; arrival to the recoloured frame %.1f ms (JavaFX thread CPU %.1f ms)%n",
                location, whatIf[2] - start / 1e6, fx(() -> analyses.coverage().changes().size()), whatIf[0],
                whatIf[1]);
        settle("coverage what-if");

        shown = afterNextChange(analyses.coverage().stateProperty());
        start = System.nanoTime();
        double[] statusEdit = timedEdit(() -> window.document().commands().execute("Down", t ->
                PropertyEdits.setStatus(t, server, Status.DOWN)));
        double[] redrawn = shown.get(timeoutSeconds, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "A server marked down with coverage on: to the next frame %.1f ms; the new "
                + "coverage in %.0f ms; arrival to the recoloured frame %.1f ms%n", statusEdit[0],
                redrawn[2] - start / 1e6, redrawn[0]);
        settle("status edit");
        heartbeat.close();
    }

    /** A server moved back and forth, each move timed to the next frame; whether the capacity feed analysed. */
    private void moves(ElementRef server, String how, AnalysisWorkbench analyses) throws Exception {
        Object state = analyses == null ? null : fx(() -> analyses.feed().state());
        List<Double> moves = new ArrayList<>();
        List<Double> moveCpu = new ArrayList<>();
        boolean analysed = false;
        for (int i = 0; i < EDITS; i++) {
            double d = i % 2 == 0 ? 2 : -2;
            double[] took = timedEdit(() -> move(server, d));
            moves.add(took[0]);
            moveCpu.add(took[1]);
            if (analyses != null) {
                analysed |= fx(() -> analyses.feed().busyProperty().get() || analyses.feed().state() != state);
            }
        }
        System.out.printf(Locale.ROOT, "A move %s, edit to the next frame: median %.1f ms, max %.1f ms (JavaFX thread "
                        + "CPU median %.1f ms)%s%n", how, percentile(moves, 50), Collections.max(moves),
                percentile(moveCpu, 50), analyses == null ? "" : "; analysed again: " + (analysed ? "yes" : "no"));
    }

    private Object move(ElementRef server, double d) {
        return window.document().commands().execute("Move", t -> StructureEdits.move(t, List.of(server), d, d));
    }

    /**
     * When the value next changes (on the JavaFX thread): the milliseconds from the change to the frame after it,
     * the JavaFX thread's CPU milliseconds over that span, and when the change came (milliseconds, nanoTime clock).
     */
    private <T> CompletableFuture<double[]> afterNextChange(ObservableValue<T> value) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        fx(() -> {
            value.addListener(new javafx.beans.value.ChangeListener<T>() {
                @Override
                public void changed(ObservableValue<? extends T> obs, T old, T now) {
                    value.removeListener(this);
                    long at = System.nanoTime();
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    afterFrame(() -> done.complete(new double[] {(System.nanoTime() - at) / 1e6,
                            (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6, at / 1e6}));
                }
            });
            return null;
        });
        return done;
    }

    /** Runs the edit on the JavaFX thread; wall and JavaFX thread CPU milliseconds until the next frame is laid out. */
    private double[] timedEdit(Supplier<?> edit) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        long start = System.nanoTime();
        Platform.runLater(() -> {
            long cpu = THREADS.getCurrentThreadCpuTime();
            edit.get();
            afterFrame(() -> done.complete(new double[] {(System.nanoTime() - start) / 1e6,
                    (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6}));
        });
        return done.get(timeoutSeconds, TimeUnit.SECONDS);
    }

    /** Once the next pulse has laid out and drawn the scene. */
    private void afterFrame(Runnable then) {
        stage.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                stage.getScene().removePostLayoutPulseListener(this);
                then.run();
            }
        });
        Platform.requestNextPulse();
    }

    /** Lets background work finish, and says how long the JavaFX thread kept the window waiting meanwhile. */
    private void settle(String phase) throws Exception {
        Thread.sleep(1500);
        fx(() -> null);
        List<FxHeartbeat.Beat> beats = heartbeat.take();
        if (!beats.isEmpty()) {
            List<Double> waited = beats.stream().map(FxHeartbeat.Beat::waitedMillis).toList();
            List<Double> working = beats.stream().map(FxHeartbeat.Beat::workingMillis).toList();
            System.out.printf(Locale.ROOT, "    during %s the window waited at most %.0f ms (p99 %.0f ms); the "
                            + "JavaFX thread's longest work in one go %.0f ms (p99 %.0f ms)%n", phase,
                    Collections.max(waited), percentile(waited, 99), Collections.max(working),
                    percentile(working, 99));
        }
    }

    private TabPane dock() {
        return (TabPane) stage.getScene().lookup("#bottom-dock");
    }

    private javafx.scene.control.Tab tab(String id) {
        return dock().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private void await(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!fx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("not done within " + timeoutSeconds + " s");
            }
            Thread.sleep(20);
        }
    }

    private <T> T fx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(timeoutSeconds, TimeUnit.SECONDS);
    }
}
