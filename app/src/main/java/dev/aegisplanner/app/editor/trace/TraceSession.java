package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.editor.problems.ProblemRow;
import dev.aegisplanner.app.trace.TracePlayback;
import dev.aegisplanner.model.analysis.PathChange;
import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The trace the window shows, kept true to the document. A new request is traced and played from the
 * client. When the topology changes, the same request is traced again; if what the planner sees changed,
 * the new path replays from the start and {@link #changeProperty()} says what moved and why ("Egress moved
 * from FRA-1 to AMS-1: fra1-s1 is down"). A request the engine refuses (the ingress server is down) shows the
 * refusal instead of a trace, and a topology with errors the errors, which block the engine.
 */
public final class TraceSession {

    private final ObservableValue<Topology> topology;
    private final TracePlayback playback;
    private final TraceComputer computer;
    private final ReadOnlyObjectWrapper<TraceRequest> request = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TraceResult> trace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<ProblemRow>> blockers = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<PathChange> change = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper placesChanged = new ReadOnlyLongWrapper(0);
    private TraceOutcome shown;
    /** Outcomes of older computations are dropped: only the newest request on the newest topology counts. */
    private long generation;

    public TraceSession(ObservableValue<Topology> topology, TracePlayback playback, TraceComputer computer) {
        this.topology = topology;
        this.playback = playback;
        this.computer = computer;
        topology.addListener((obs, old, now) -> {
            if (request.get() != null) {
                compute();
            }
        });
    }

    /**
     * Traces a request and plays it from the client; {@code null} clears. A request that comes down to the
     * same engine request as the one shown (saving it as a scenario, say) keeps playing undisturbed.
     */
    public void show(TraceRequest next) {
        if (Objects.equals(next, request.get())) {
            return;
        }
        request.set(next);
        if (next == null) {
            generation++;
            shown = null;
            change.set(null);
            problem.set("");
            blockers.set(List.of());
            errors.set(0);
            trace.set(null);
            computing.set(false);
            playback.load(null);
        } else {
            compute();
        }
    }

    /** Plays the shown trace again from the client. */
    public void replay() {
        if (shown != null && shown.traced()) {
            playback.restart();
        }
    }

    /** Forgets the call-out. */
    public void dismissChange() {
        change.set(null);
    }

    private void compute() {
        long mine = ++generation;
        computing.set(true);
        computer.compute(topology.getValue(), request.get(), outcome -> {
            if (mine == generation) {
                computing.set(false);
                arrived(outcome);
            }
        });
    }

    private void arrived(TraceOutcome outcome) {
        TraceOutcome before = shown;
        shown = outcome;
        boolean sameRequest = before != null && before.resolved() != null
                && before.resolved().equals(outcome.resolved());
        if (sameRequest && outcome.looksLike(before)) {
            return;
        }
        boolean edited = sameRequest && before.topology() != outcome.topology();
        change.set(edited && before.traced() && outcome.traced()
                ? PathChange.between(before.topology(), before.trace(), outcome.topology(), outcome.trace()).orElse(null)
                : null);
        // The count first: whoever shows the list says how many it shows of how many.
        errors.set(outcome.errors());
        problem.set(outcome.traced() ? "" : capitalised(outcome.problem()));
        blockers.set(outcome.blockers());
        trace.set(outcome.trace());
        if (!sameRequest || before.trace() == null || outcome.trace() == null || movedPlaces(before.trace(), outcome.trace())) {
            placesChanged.set(placesChanged.get() + 1);
        }
        playback.load(outcome.trace());
        if (outcome.traced()) {
            playback.play();
        }
    }

    /** Whether the path now starts or ends in another location, so a view framed on it should frame again. */
    private static boolean movedPlaces(TraceResult was, TraceResult now) {
        return !Objects.equals(was.ingress().location(), now.ingress().location())
                || !Objects.equals(location(was.egress()), location(now.egress()));
    }

    private static String location(Endpoint endpoint) {
        return endpoint == null ? null : endpoint.location();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public TracePlayback playback() {
        return playback;
    }

    /** The request shown, or {@code null}. */
    public ReadOnlyObjectProperty<TraceRequest> requestProperty() {
        return request.getReadOnlyProperty();
    }

    /** The trace shown, or {@code null} when there is no request or the engine refused it. */
    public ReadOnlyObjectProperty<TraceResult> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** Why the request cannot be traced ("Ingress server fra1-s1 does not exist"), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * The first errors of a topology the engine may not run on, in place of a trace; empty when the topology
     * has none. The trace comes back by itself once they are fixed.
     */
    public ReadOnlyObjectProperty<List<ProblemRow>> blockersProperty() {
        return blockers.getReadOnlyProperty();
    }

    /** How many errors block the engine, listed in {@link #blockersProperty()} or not. */
    public ReadOnlyIntegerProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    /** What the last edit changed in the path, or {@code null}; cleared by a new request. */
    public ReadOnlyObjectProperty<PathChange> changeProperty() {
        return change.getReadOnlyProperty();
    }

    /** True while a large topology is being traced in the background. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /**
     * Counts the times the path began or ended somewhere new (a new request, an egress moved to another
     * location): views that frame the path, like the map, frame it again when this changes.
     */
    public ReadOnlyLongProperty placesChangedProperty() {
        return placesChanged.getReadOnlyProperty();
    }
}
