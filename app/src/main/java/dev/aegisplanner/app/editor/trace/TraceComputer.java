package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.RequestException;
import dev.aegisplanner.model.topology.Topology;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs the forwarding engine for the trace panel. A small topology is traced at once, on the caller's thread:
 * indexing it costs less than a frame. A large one is traced on a background thread and the outcome handed
 * back through {@code ui} (the JavaFX thread), so an edit to 100,000 servers never freezes the window.
 * The engine of the last topology is kept, so stepping through scenarios indexes a topology once.
 */
public final class TraceComputer {

    /** Above this many servers, indexing takes long enough to be felt: trace in the background. */
    public static final int INLINE_SERVER_LIMIT = 5_000;

    private final Executor background;
    private final Executor ui;
    private final int inlineServerLimit;
    private ForwardingEngine engine;

    public TraceComputer(Executor background, Executor ui, int inlineServerLimit) {
        this.background = background;
        this.ui = ui;
        this.inlineServerLimit = inlineServerLimit;
    }

    /** Traces everything at once on the caller's thread, whatever the size: what tests want. */
    public static TraceComputer inline() {
        return new TraceComputer(Runnable::run, Runnable::run, Integer.MAX_VALUE);
    }

    void compute(Topology topology, TraceRequest request, Consumer<TraceOutcome> done) {
        if (topology.servers().limit(inlineServerLimit + 1L).count() <= inlineServerLimit) {
            done.accept(outcome(topology, request));
        } else {
            background.execute(() -> {
                TraceOutcome outcome = outcome(topology, request);
                ui.execute(() -> done.accept(outcome));
            });
        }
    }

    private TraceOutcome outcome(Topology topology, TraceRequest request) {
        Request resolved = null;
        try {
            resolved = request.resolve(topology);
            return new TraceOutcome(topology, request, resolved, engineFor(topology).trace(resolved), null);
        } catch (RequestException refused) {
            return new TraceOutcome(topology, request, resolved, null, refused.getMessage());
        }
    }

    private synchronized ForwardingEngine engineFor(Topology topology) {
        if (engine == null || engine.topology() != topology) {
            engine = new ForwardingEngine(topology);
        }
        return engine;
    }
}
