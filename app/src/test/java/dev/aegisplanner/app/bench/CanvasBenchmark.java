package dev.aegisplanner.app.bench;

import static dev.aegisplanner.app.bench.BenchFigures.ms;
import static dev.aegisplanner.app.bench.BenchFigures.percentile;
import static dev.aegisplanner.app.bench.BenchFigures.usedHeap;

import dev.aegisplanner.app.canvas.FxSurface;
import dev.aegisplanner.app.render.CanvasPalette;
import dev.aegisplanner.app.render.Detail;
import dev.aegisplanner.app.render.PathOverlay;
import dev.aegisplanner.app.render.RenderState;
import dev.aegisplanner.app.render.TopologyRenderer;
import dev.aegisplanner.app.render.Viewport;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.edit.StructureEdits;
import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;

/**
 * How the canvas copes with 300 locations, 1,000 data centers and 100,000 servers: time to open (automatic
 * layout and the scene index), time per frame while panning at several zoom levels, what a drag step costs,
 * what a frame of trace playback costs (the path's layer alone), and the heap the drawing needs. A harness,
 * not a test: the numbers go into the performance issue.
 *
 * <p>Frame time is the renderer's work on the FX thread (the draw calls into a 1600x1000 {@link Canvas}),
 * which is what blocks input; a few snapshots add the software rasteriser's time as an upper bound.
 * Headless (Monocle) unless {@code -Dbench.display=true} is given with a display.
 *
 * <p>Run it from the repository root (the exec plugin is not in the offline repository, so the class path
 * comes from the dependency plugin, with the model resolved from this checkout):
 * <pre>
 * mvn -o -q -pl app -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx2g -cp app/target/test-classes:app/target/classes:$(cat app/target/bench.cp) \
 *     dev.aegisplanner.app.bench.CanvasBenchmark
 * </pre>
 */
public final class CanvasBenchmark {

    private static final GeneratorSpec SPEC = new GeneratorSpec(300, 1_000, 100_000, 40, 42);
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int FRAMES_PER_ZOOM = 60;
    private static final int RASTERISED_PER_ZOOM = 12;
    private static final double[] ZOOMS = {0.0, 0.02, 0.05, 0.1, 0.2, 0.4, 0.8, 1.5};

    private CanvasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("bench.display")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        long baseline = usedHeap();
        long start = System.nanoTime();
        Topology topology = TopologyGenerator.generate(SPEC);
        System.out.printf(Locale.ROOT, "Generated %,d locations, %,d data centers, %,d servers in %.0f ms%n",
                topology.locations().size(), topology.dataCenters().count(), topology.servers().count(), ms(start));
        long withTopology = usedHeap();

        List<Double> open = time(5, () -> CanvasScene.of(topology));
        CanvasScene scene = CanvasScene.of(topology);
        long withScene = usedHeap();
        Topology placed = topology.withLayout(EffectiveLayout.of(topology));
        List<Double> reopen = time(5, () -> CanvasScene.of(placed));
        System.out.printf(Locale.ROOT, "Open without layout (auto layout + index): first %.0f ms, median %.0f ms%n",
                open.get(0), percentile(open, 50));
        System.out.printf(Locale.ROOT, "Open with a complete layout (index only):  first %.0f ms, median %.0f ms%n",
                reopen.get(0), percentile(reopen, 50));
        System.out.printf(Locale.ROOT, "Heap: topology %.0f MB, scene %.0f MB%n",
                (withTopology - baseline) / 1e6, (withScene - withTopology) / 1e6);

        dragSteps(placed);

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

    /** What one step of dragging a server costs: the move edit, then the scene built from the previous one. */
    private static void dragSteps(Topology placed) {
        ElementRef server = ElementRef.server(placed.servers().skip(50_000).findFirst().orElseThrow().id());
        CanvasScene scene = CanvasScene.of(placed);
        Topology current = placed;
        List<Double> edits = new ArrayList<>();
        List<Double> scenes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long t = System.nanoTime();
            Topology next = StructureEdits.move(current, List.of(server), 1, 1);
            edits.add(ms(t));
            t = System.nanoTime();
            scene = CanvasScene.of(next, scene);
            scenes.add(ms(t));
            current = next;
        }
        System.out.printf(Locale.ROOT, "One drag step: move edit median %.0f ms (p95 %.0f), scene update median %.0f ms (p95 %.0f)%n",
                percentile(edits, 50), percentile(edits, 95), percentile(scenes, 50), percentile(scenes, 95));
    }

    private static void renderFrames(CanvasScene scene) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        TopologyRenderer renderer = new TopologyRenderer();
        FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
        RenderState state = RenderState.plain(CanvasPalette.LIGHT);
        Viewport fit = new Viewport(0, 0, 1, WIDTH, HEIGHT).fitting(scene.bounds(), 32, 1.0);
        for (int i = 0; i < 40; i++) {
            renderer.render(surface, scene, pan(fit, scene, 0.1, i, 40), state);
        }
        List<Double> blank = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            canvas.getGraphicsContext2D().clearRect(0, 0, WIDTH, HEIGHT);
            canvas.snapshot(null, null);
            blank.add(ms(t));
        }
        double readBack = percentile(blank, 50);
        System.out.printf(Locale.ROOT, "%nFrames of %dx%d while panning across the drawing, software renderer (prism.order=sw).%n", WIDTH, HEIGHT);
        System.out.println("'draw' is the renderer's work on the FX thread (%d frames per zoom); 'frame' adds rasterising,"
                .formatted(FRAMES_PER_ZOOM));
        System.out.printf(Locale.ROOT, "measured by a snapshot (%d frames per zoom) minus the snapshot's own cost (%.1f ms).%n",
                RASTERISED_PER_ZOOM, readBack);
        System.out.println("  zoom        detail      draw median   draw p95   frame median   frame p95");
        List<Double> allDraw = new ArrayList<>();
        List<Double> allFrames = new ArrayList<>();
        for (double zoom : ZOOMS) {
            double scale = zoom == 0 ? fit.scale() : zoom;
            List<Double> draw = new ArrayList<>();
            for (int i = 0; i < FRAMES_PER_ZOOM; i++) {
                Viewport vp = pan(fit, scene, scale, i, FRAMES_PER_ZOOM);
                long t = System.nanoTime();
                renderer.render(surface, scene, vp, state);
                draw.add(ms(t));
            }
            List<Double> frames = new ArrayList<>();
            for (int i = 0; i < RASTERISED_PER_ZOOM; i++) {
                Viewport vp = pan(fit, scene, scale, i, RASTERISED_PER_ZOOM);
                long t = System.nanoTime();
                renderer.render(surface, scene, vp, state);
                canvas.snapshot(null, null);
                frames.add(Math.max(0, ms(t) - readBack));
            }
            allDraw.addAll(draw);
            allFrames.addAll(frames);
            System.out.printf(Locale.ROOT, "  %-11s %-11s %11.2f %10.2f %14.1f %11.1f%n",
                    zoom == 0 ? String.format(Locale.ROOT, "fit %.3f", scale) : String.valueOf(zoom), Detail.at(scale),
                    percentile(draw, 50), percentile(draw, 95), percentile(frames, 50), percentile(frames, 95));
        }
        System.out.printf(Locale.ROOT, "  %-11s %-11s %11.2f %10.2f %14.1f %11.1f%n", "all", "",
                percentile(allDraw, 50), percentile(allDraw, 95), percentile(allFrames, 50), percentile(allFrames, 95));
        pathFrames(scene, fit);
    }

    /**
     * What a frame of trace playback costs: only the path's own layer is drawn again (cleared, then the path
     * with the packet a little further), at the fitted zoom and zoomed in on the ingress server.
     */
    private static void pathFrames(CanvasScene scene, Viewport fit) {
        Topology topology = scene.topology();
        Scenario scenario = topology.scenarios().stream().filter(s -> Tier.OTHER_LOCATION.name().equals(s.expect()))
                .findFirst().orElse(topology.scenarios().get(0));
        TraceResult trace = new ForwardingEngine(topology).trace(Request.of(scenario));
        Canvas layer = new Canvas(WIDTH, HEIGHT);
        FxSurface surface = new FxSurface(layer.getGraphicsContext2D());
        TopologyRenderer renderer = new TopologyRenderer();
        LayoutBox ingress = scene.server(trace.ingress().server()).orElseThrow().box();
        Viewport close = fit.centredOn(ingress.x(), ingress.y(), 0.8);
        System.out.printf(Locale.ROOT, "%nTrace playback (scenario %s, %s): the path layer alone, %d frames per zoom%n",
                scenario.id(), trace.tier(), 5 * FRAMES_PER_ZOOM);
        for (Viewport vp : List.of(fit, close)) {
            List<Double> draw = new ArrayList<>();
            for (int i = 0; i < 5 * FRAMES_PER_ZOOM; i++) {
                double position = (trace.hops().size() - 1) * i / (5.0 * FRAMES_PER_ZOOM - 1);
                long t = System.nanoTime();
                layer.getGraphicsContext2D().clearRect(0, 0, WIDTH, HEIGHT);
                renderer.renderPath(surface, scene, vp, new PathOverlay(trace, position), CanvasPalette.LIGHT);
                draw.add(ms(t));
            }
            System.out.printf(Locale.ROOT, "  zoom %-6.3f draw median %.2f ms, p95 %.2f ms%n", vp.scale(),
                    percentile(draw, 50), percentile(draw, 95));
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
}
