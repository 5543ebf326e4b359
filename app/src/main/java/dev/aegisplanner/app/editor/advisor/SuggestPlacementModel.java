package dev.aegisplanner.app.editor.advisor;

import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.advisor.AddressCount;
import dev.aegisplanner.model.advisor.AdvisorProgress;
import dev.aegisplanner.model.advisor.NoPlacementException;
import dev.aegisplanner.model.advisor.Pin;
import dev.aegisplanner.model.advisor.PlacementAdvisor;
import dev.aegisplanner.model.advisor.PlacementRequest;
import dev.aegisplanner.model.advisor.Suggestion;
import dev.aegisplanner.model.topology.Topology;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * "Suggest placement..." without a view: what the planner asks (pool, how many addresses, N-1, time limit, pins,
 * kept and excluded locations), the advisor running off the FX thread with its progress and Cancel, the proposal, and Apply, which
 * puts the proposal on the document's undo stack as one edit. Nothing changes in the document before Apply; a
 * proposal for a plan that has changed since is not applied (the planner asks again).
 */
public final class SuggestPlacementModel {

    /** Where the dialog is. */
    public enum State { READY, RUNNING, PROPOSED, FAILED }

    private final TopologyDocument document;
    private final Executor background;
    private final Consumer<Runnable> fx;
    private final ObjectProperty<String> pool = new SimpleObjectProperty<>();
    private final ObjectProperty<AddressCount.Mode> count = new SimpleObjectProperty<>(AddressCount.Mode.POOL);
    private final IntegerProperty addresses = new SimpleIntegerProperty(1);
    private final BooleanProperty nMinusOne = new SimpleBooleanProperty();
    private final IntegerProperty timeLimitSeconds = new SimpleIntegerProperty(30);
    private final ObservableList<Pin> pins = FXCollections.observableArrayList();
    private final ObservableList<String> kept = FXCollections.observableArrayList();
    private final ObservableList<String> excluded = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READY);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Suggestion> proposal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private volatile boolean cancelled;
    private Topology askedOf;

    /**
     * @param background where the advisor runs (a thread of its own: a search may take its whole time limit)
     * @param fx how results come back to the FX thread ({@code Platform::runLater})
     */
    public SuggestPlacementModel(TopologyDocument document, String pool, Executor background, Consumer<Runnable> fx) {
        this.document = document;
        this.background = background;
        this.fx = fx;
        this.pool.set(pool);
        document.topologyProperty().addListener((obs, old, now) -> stale.set(askedOf != null && now != askedOf));
        // A location is kept or excluded, never both: the planner's latest choice wins.
        kept.addListener(takenOutOf(excluded));
        excluded.addListener(takenOutOf(kept));
    }

    /** What is added to the list listened to is taken out of {@code other}. */
    private static ListChangeListener<String> takenOutOf(ObservableList<String> other) {
        return change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    other.removeAll(List.copyOf(change.getAddedSubList()));
                }
            }
        };
    }

    public ObjectProperty<String> poolProperty() {
        return pool;
    }

    public ObjectProperty<AddressCount.Mode> countProperty() {
        return count;
    }

    /** The number of addresses when {@link #countProperty()} is {@code EXACTLY}. */
    public IntegerProperty addressesProperty() {
        return addresses;
    }

    public BooleanProperty nMinusOneProperty() {
        return nMinusOne;
    }

    public IntegerProperty timeLimitSecondsProperty() {
        return timeLimitSeconds;
    }

    public ObservableList<Pin> pins() {
        return pins;
    }

    /** Locations that must keep holding some address of the pool, as the command line's {@code --keep}. */
    public ObservableList<String> kept() {
        return kept;
    }

    public ObservableList<String> excluded() {
        return excluded;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the advisor is doing, or why it found nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Suggestion> proposalProperty() {
        return proposal.getReadOnlyProperty();
    }

    /** True once the document changed after the question was asked: the proposal answers an older plan. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public Topology topology() {
        return document.topology();
    }

    /** Asks the advisor about the document as it is now. Call on the FX thread. */
    public void suggest() {
        if (state.get() == State.RUNNING || pool.get() == null) {
            return;
        }
        PlacementRequest request = request();
        Topology topology = document.topology();
        askedOf = topology;
        stale.set(false);
        cancelled = false;
        proposal.set(null);
        state.set(State.RUNNING);
        message.set("Starting\u2026");
        background.execute(() -> {
            try {
                Suggestion suggestion = PlacementAdvisor.suggest(topology, request, progress());
                fx.accept(() -> {
                    proposal.set(suggestion);
                    message.set(suggestion.optimal() ? "Proven optimal"
                            : String.format(Locale.ROOT, "Within %.2f %% of optimal (time limit)", suggestion.gap() * 100));
                    state.set(State.PROPOSED);
                });
            } catch (CancellationException e) {
                fx.accept(() -> finish(State.READY, "Cancelled: nothing changed"));
            } catch (NoPlacementException | IllegalArgumentException e) {
                fx.accept(() -> finish(State.FAILED, e.getMessage()));
            } catch (RuntimeException e) {
                fx.accept(() -> finish(State.FAILED, "The advisor failed: " + e.getMessage()));
            }
        });
    }

    private void finish(State next, String text) {
        askedOf = null;
        message.set(text);
        state.set(next);
    }

    /** Stops a running search; nothing changes in the document. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Applies the proposal as one undoable edit.
     *
     * @return whether it was applied: only a proposal for the document as it is now
     */
    public boolean apply() {
        Suggestion suggestion = proposal.get();
        if (state.get() != State.PROPOSED || suggestion == null || stale.get()) {
            return false;
        }
        boolean changed = document.commands().execute("Suggest placement for pool " + suggestion.pool(),
                current -> current == askedOf ? suggestion.topology() : current);
        askedOf = null;
        state.set(State.READY);
        proposal.set(null);
        message.set(changed ? "Applied: Undo takes it back" : "The plan already had this placement");
        return changed;
    }

    private PlacementRequest request() {
        AddressCount addressCount = switch (count.get()) {
            case POOL -> AddressCount.POOL;
            case EXACTLY -> AddressCount.exactly(Math.max(1, addresses.get()));
            case FEWEST -> AddressCount.FEWEST;
        };
        return new PlacementRequest(pool.get(), addressCount, nMinusOne.get(),
                Duration.ofSeconds(Math.max(1, timeLimitSeconds.get())), pins, new LinkedHashSet<>(kept),
                new LinkedHashSet<>(excluded));
    }

    private AdvisorProgress progress() {
        return new AdvisorProgress() {
            @Override
            public void phase(String what) {
                fx.accept(() -> message.set(what + "\u2026"));
            }

            @Override
            public void solution(double objective, double bound) {
                double gap = objective <= 0 ? 0 : Math.max(0, (objective - bound) / objective);
                fx.accept(() -> message.set(String.format(Locale.ROOT,
                        "Found a placement; proving it, within %.2f %% of optimal so far\u2026", gap * 100)));
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
    }
}
