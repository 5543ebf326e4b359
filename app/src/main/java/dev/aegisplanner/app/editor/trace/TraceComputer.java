package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.editor.problems.ProblemRow;
import dev.aegisplanner.app.editor.problems.ProblemRows;
import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.RequestException;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Validation;
import dev.aegisplanner.model.validation.Validator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the forwarding engine for the trace panel. A small topology is traced at once, on the caller's thread:
 * indexing it costs less than a frame. A large one is traced on a background thread and the outcome handed
 * back through {@code ui} (the JavaFX thread), so an edit to 100,000 servers never freezes the window.
 * The engine of the last topology is kept, so stepping through scenarios indexes a topology once. A topology
 * with errors is not traced: errors block the engine, in the editor as on the command line, and the outcome
 * lists the first of them instead.
 */
public final class TraceComputer {

    /** Above this many servers, indexing takes long enough to be felt: trace in the background. */
    public static final int INLINE_SERVER_LIMIT = 5_000;
    /** The errors the panel lists in place of a trace; the Problems panel has them all. */
    static final int BLOCKERS_SHOWN = 50;

    private final Executor background;
    private final Executor ui;
    private final int inlineServerLimit;
    private final Function<Topology, Validation> validation;
    private ForwardingEngine engine;

    /** @param validation the validation of a topology, shared with the rest of the window so it is done once */
    public TraceComputer(Executor background, Executor ui, int inlineServerLimit,
                         Function<Topology, Validation> validation) {
        this.background = background;
        this.ui = ui;
        this.inlineServerLimit = inlineServerLimit;
        this.validation = validation;
    }

    /** Traces everything at once on the caller's thread, whatever the size: what tests want. */
    public static TraceComputer inline() {
        return new TraceComputer(Runnable::run, Runnable::run, Integer.MAX_VALUE, Validator::validation);
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
        Validation checked = validation.apply(topology);
        if (checked.hasErrors()) {
            List<Problem> errors = checked.problems().stream().filter(Problem::isError).toList();
            List<ProblemRow> shown = ProblemRows.rows(topology, errors.subList(0, Math.min(BLOCKERS_SHOWN, errors.size())),
                    List.of());
            return TraceOutcome.blocked(topology, request, shown, errors.size() + checked.unlistedErrors());
        }
        Request resolved = null;
        try {
            resolved = request.resolve(topology);
            return TraceOutcome.traced(topology, request, resolved, engineFor(topology).trace(resolved));
        } catch (RequestException refused) {
            return TraceOutcome.refused(topology, request, resolved, refused.getMessage());
        }
    }

    private synchronized ForwardingEngine engineFor(Topology topology) {
        if (engine == null || engine.topology() != topology) {
            engine = new ForwardingEngine(topology);
        }
        return engine;
    }
}
