package dev.aegisplanner.app.bench;

import dev.aegisplanner.app.canvas.render.CanvasPalette;
import dev.aegisplanner.app.canvas.render.Detail;
import dev.aegisplanner.app.canvas.render.RenderState;
import dev.aegisplanner.app.canvas.render.TopologyRenderer;
import dev.aegisplanner.app.canvas.render.Viewport;
import dev.aegisplanner.app.canvas.scene.CanvasScene;
import dev.aegisplanner.model.edit.StructureEdits;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;

/**
 * How the canvas copes with 300 locations, 1,000 data centers and 100,000 servers: time to open (automatic
 * layout and the scene index), time per frame while panning at several zoom levels, what a drag step costs,
 * and the heap the drawing needs. A harness, not a test: the numbers go into the performance issue.
 *
 * <p>Frame time is the renderer's work on the FX thread (the draw calls into a 1600x1000 {@link Canvas}),
 * which is what blocks input; a few snapshots add the software rasteriser's time as an upper bound.
 * Headless (Monocle) unless {@code -Dbench.display=true} is given with a display.
 *
 * <pre>
 * mvn -o -q -pl app -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.aegisplanner.app.bench.CanvasBenchmark
 * </pre>
 */
public final class CanvasBenchmark {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int FRAMES_PER_ZOOM = 60;
    private static final double[] ZOOMS = {0.0, 0.02, 0.05, 0.1, 0.2, 0.4, 0.8, 1.5};

    private CanvasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("bench.display")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        GeneratorSpec spec = new GeneratorSpec(300, 1_000, 100_000, 40, 42);
        long start = System.nanoTime();
        Topology topology = TopologyGenerator.generate(spec);
        System.out.printf(Locale.ROOT, "Generated %,d servers in %.0f ms%n", topology.servers().count(), ms(start));
        long heapBefore = usedHeap();

        List<Double> open = time(5, () -> CanvasScene.of(topology));
        CanvasScene scene = CanvasScene.of(topology);
        Topology placed = topology.withLayout(EffectiveLayout.of(topology));
        List<Double> reopen = time(5, () -> CanvasScene.of(placed));
        System.out.printf(Locale.ROOT, "Open without layout (auto layout + index): first %.0f ms, median %.0f ms%n",
                open.get(0), percentile(open, 50));
        System.out.printf(Locale.ROOT, "Open with a complete layout (index only):  first %.0f ms, median %.0f ms%n",
                reopen.get(0), percentile(reopen, 50));
        System.out.printf(Locale.ROOT, "Heap for topology + scene: %.0f MB (scene alone about %.0f MB)%n",
                (usedHeap() - heapBefore + heapOf(topology)) / 1e6, (usedHeap() - heapBefore) / 1e6);

        ElementRef server = scene.locations().get(scene.locations().size() / 2).dataCenters().get(0).servers().all().get(0).ref();
        List<Double> drag = time(10, () -> CanvasScene.of(StructureEdits.move(placed, List.of(server), 1, 1)));
        System.out.printf(Locale.ROOT, "One drag step (move edit + scene rebuild): median %.0f ms, p95 %.0f ms%n",
                percentile(drag, 50), percentile(drag, 95));

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        CompletableFuture<Void> frames = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                renderFrames(scene);
                frames.complete(null);
            } catch (Throwable t) {
                frames.completeExceptionally(t);
            }
        });
        frames.get();
        Platform.exit();
    }

    private static void renderFrames(CanvasScene scene) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        TopologyRenderer renderer = new TopologyRenderer();
        RenderState state = RenderState.plain(CanvasPalette.LIGHT);
        Viewport fit = new Viewport(0, 0, 1, WIDTH, HEIGHT).fitting(scene.bounds(), 32, 1.0);
        for (int i = 0; i < 40; i++) {
            renderer.render(canvas.getGraphicsContext2D(), scene, pan(fit, scene, 0.1, i, 40), state);
        }
        System.out.printf(Locale.ROOT, "%nFrames of %dx%d while panning across the drawing (%d per zoom):%n", WIDTH, HEIGHT, FRAMES_PER_ZOOM);
        System.out.println("  zoom      detail      median ms   p95 ms   max ms");
        List<Double> all = new ArrayList<>();
        for (double zoom : ZOOMS) {
            double scale = zoom == 0 ? fit.scale() : zoom;
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < FRAMES_PER_ZOOM; i++) {
                Viewport vp = pan(fit, scene, scale, i, FRAMES_PER_ZOOM);
                long t = System.nanoTime();
                renderer.render(canvas.getGraphicsContext2D(), scene, vp, state);
                times.add(ms(t));
            }
            all.addAll(times);
            System.out.printf(Locale.ROOT, "  %-9s %-11s %9.2f %8.2f %8.2f%n", zoom == 0 ? String.format(Locale.ROOT, "fit %.3f", scale) : zoom,
                    Detail.at(scale), percentile(times, 50), percentile(times, 95), Collections.max(times));
        }
        System.out.printf(Locale.ROOT, "  all       %-11s %9.2f %8.2f %8.2f%n", "", percentile(all, 50), percentile(all, 95), Collections.max(all));
        System.out.println("\nWith rasterisation and read-back (Canvas.snapshot), an upper bound:");
        for (double zoom : new double[] {0.0, 0.1, 0.4, 1.0}) {
            double scale = zoom == 0 ? fit.scale() : zoom;
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Viewport vp = pan(fit, scene, scale, i, 8);
                long t = System.nanoTime();
                renderer.render(canvas.getGraphicsContext2D(), scene, vp, state);
                canvas.snapshot(null, null);
                times.add(ms(t));
            }
            System.out.printf(Locale.ROOT, "  zoom %-9s median %.1f ms%n", zoom == 0 ? "fit" : zoom, percentile(times, 50));
        }
    }

    /** The i-th of n viewports at a zoom, sweeping diagonally across the drawing's bounds. */
    private static Viewport pan(Viewport fit, CanvasScene scene, double scale, int i, int n) {
        LayoutBox b = scene.bounds();
        double f = n <= 1 ? 0.5 : i / (double) (n - 1);
        return fit.centredOn(b.x() + b.w() * (0.1 + 0.8 * f), b.y() + b.h() * (0.2 + 0.6 * f), scale);
    }

    private static List<Double> time(int runs, Supplier<?> work) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            times.add(ms(t));
        }
        return times;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Heap the topology itself holds, measured by dropping a copy of it. */
    private static long heapOf(Topology topology) {
        long before = usedHeap();
        Topology copy = TopologyGenerator.generate(new GeneratorSpec(300, 1_000, 100_000, 40, 42));
        long after = usedHeap();
        return copy.locations().isEmpty() ? 0 : after - before;
    }
}
