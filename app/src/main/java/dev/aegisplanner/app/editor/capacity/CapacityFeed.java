package dev.aegisplanner.app.editor.capacity;

import dev.aegisplanner.app.editor.analysis.AnalysisInputs;
import dev.aegisplanner.app.editor.analysis.DebouncedAnalysis;
import dev.aegisplanner.model.capacity.CapacityAnalysis;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The capacity analysis of the open document, kept current off the FX thread: a moment after the plan stops
 * changing it is analysed again, building on the previous analysis (an edit of demand or shares keeps the routes,
 * {@link CapacityAnalysis#of(Topology, List, CapacityAnalysis)}); an edit capacity does not read (a move, a
 * scenario) is not analysed at all, so the views keep their colours. The capacity view, the map and the Problems
 * panel read one feed.
 */
public final class CapacityFeed {

    private final Function<Topology, List<Problem>> validator;
    private final ReadOnlyObjectWrapper<CapacityState> state = new ReadOnlyObjectWrapper<>();
    private final DebouncedAnalysis<Topology, CapacityState> runs;
    /** Read and written on the worker thread only: the analysis the next one builds on. */
    private CapacityAnalysis previous;

    /**
     * @param validator the problems of a topology; an error blocks the analysis
     * @param ui runs results where the views see them ({@code Platform::runLater} in the editor)
     */
    public CapacityFeed(ObservableValue<Topology> topology, Function<Topology, List<Problem>> validator,
                        ScheduledExecutorService worker, Executor ui, long debounceMillis) {
        this.validator = validator;
        this.runs = new DebouncedAnalysis<>(worker, ui, debounceMillis, this::analyse,
                AnalysisInputs::sameForCapacity, state::set);
        topology.addListener((obs, old, now) -> runs.request(now));
        runs.request(topology.getValue());
    }

    /** The newest state; {@code null} until the first analysis is done. */
    public ReadOnlyObjectProperty<CapacityState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public CapacityState state() {
        return state.get();
    }

    /** True while an analysis is on its way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return runs.busyProperty();
    }

    private CapacityState analyse(Topology topology) {
        try {
            int errors = (int) validator.apply(topology).stream().filter(Problem::isError).count();
            if (errors > 0) {
                return CapacityState.blocked(topology, errors);
            }
            CapacityAnalysis analysis = CapacityAnalysis.of(topology, topology.demand(), previous);
            previous = analysis;
            return CapacityState.of(analysis);
        } catch (RuntimeException e) {
            return CapacityState.failed(topology, e);
        }
    }
}
