package dev.aegisplanner.app.editor.problems;

import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live Problems panel: validates the current topology shortly after it stops changing, off the FX
 * thread, and publishes rows, counts and canvas markers; a topology without errors also gets its planning
 * warnings. A result for a topology that is no longer current
 * is dropped, so a slow validation never overwrites a newer one.
 */
public final class ProblemsViewModel {

    private final Function<Topology, List<Problem>> validator;
    private final Function<Topology, List<ProblemRow>> planning;
    private final ScheduledExecutorService scheduler;
    private final Executor uiThread;
    private final long debounceMillis;
    private final ObservableList<ProblemRow> rows = FXCollections.observableArrayList();
    /** Read-only view handed out once: listeners on a fresh wrapper per call would be dropped with it. */
    private final ObservableList<ProblemRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Map<ElementRef, Severity>> markers = new ReadOnlyObjectWrapper<>(Map.of());
    private volatile Topology current;
    private Topology fileTopology;
    private List<Problem> fileProblems = List.of();
    private ScheduledFuture<?> pending;

    /**
     * @param uiThread runs results where the view can see them ({@code Platform::runLater} in the editor)
     */
    public ProblemsViewModel(ObservableValue<Topology> topology, Function<Topology, List<Problem>> validator,
                             ScheduledExecutorService scheduler, Executor uiThread, long debounceMillis) {
        this(topology, validator, t -> List.of(), scheduler, uiThread, debounceMillis);
    }

    /**
     * @param planning the planning warnings of a topology without errors ({@link PlanningRows}); not asked for
     *     one with errors, which block the engine
     */
    public ProblemsViewModel(ObservableValue<Topology> topology, Function<Topology, List<Problem>> validator,
                             Function<Topology, List<ProblemRow>> planning, ScheduledExecutorService scheduler,
                             Executor uiThread, long debounceMillis) {
        this.validator = validator;
        this.planning = planning;
        this.scheduler = scheduler;
        this.uiThread = uiThread;
        this.debounceMillis = debounceMillis;
        topology.addListener((obs, old, next) -> schedule(next));
        schedule(topology.getValue());
    }

    /**
     * Problems found while reading a file, with their line and column: shown as long as the topology read
     * from that file is the one on screen (again after undoing back to it).
     */
    public void setFileProblems(Topology readTopology, List<Problem> problems) {
        this.fileTopology = readTopology;
        this.fileProblems = List.copyOf(problems);
        schedule(current);
    }

    private void schedule(Topology topology) {
        current = topology;
        if (pending != null) {
            pending.cancel(false);
        }
        Topology withFile = fileTopology;
        List<Problem> fromFile = topology == withFile ? fileProblems : List.of();
        pending = scheduler.schedule(() -> validate(topology, fromFile), debounceMillis, TimeUnit.MILLISECONDS);
    }

    private void validate(Topology topology, List<Problem> fromFile) {
        if (topology != current) {
            return;
        }
        List<ProblemRow> found = new ArrayList<>(ProblemRows.rows(topology, validator.apply(topology), fromFile));
        if (found.stream().noneMatch(row -> row.problem().isError())) {
            found.addAll(planning.apply(topology));
        }
        Map<ElementRef, Severity> marks = ProblemRows.markers(found);
        uiThread.execute(() -> {
            if (topology == current) {
                publish(found, marks);
            }
        });
    }

    private void publish(List<ProblemRow> found, Map<ElementRef, Severity> marks) {
        rows.setAll(found);
        int errorCount = (int) found.stream().filter(r -> r.severity() == Severity.ERROR).count();
        errors.set(errorCount);
        warnings.set(found.size() - errorCount);
        markers.set(marks);
    }

    public ObservableList<ProblemRow> rows() {
        return rowsView;
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningCountProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<ElementRef, Severity>> markersProperty() {
        return markers.getReadOnlyProperty();
    }
}
