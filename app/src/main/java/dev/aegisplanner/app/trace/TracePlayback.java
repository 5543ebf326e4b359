package dev.aegisplanner.app.trace;

import dev.aegisplanner.model.engine.Check;
import dev.aegisplanner.model.engine.TraceResult;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Plays a traced path hop by hop: the view model behind the trace panel, the canvas packet and the map arc.
 * It holds no node; views bind to its read-only properties. Time comes from a {@link PlaybackClock}, so tests
 * drive it frame by frame.
 *
 * <p>Positions are in hop units ({@link #positionProperty()}: 1.5 is halfway between the second and the third
 * hop). Stepping moves to the next or previous hop with its checks lit; playing runs the same path continuously,
 * lighting the checks one by one where the cascade makes them.
 */
public final class TracePlayback {

    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 8;

    private final PlaybackClock clock;
    private final ReadOnlyObjectWrapper<TraceResult> trace = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PlaybackStep> steps = FXCollections.observableArrayList();
    private final ObservableList<Check> revealedChecks = FXCollections.observableArrayList();
    private final ObservableList<PlaybackStep> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ObservableList<Check> revealedView = FXCollections.unmodifiableObservableList(revealedChecks);
    private final ReadOnlyIntegerWrapper currentStep = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<PlaybackStep> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper legProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper atStart = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper atEnd = new ReadOnlyBooleanWrapper(true);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1) {
        @Override
        public void set(double value) {
            super.set(Double.isNaN(value) ? 1 : Math.max(MIN_SPEED, Math.min(MAX_SPEED, value)));
        }
    };

    private PlaybackTimeline timeline;
    /** Seconds into the timeline at normal speed. */
    private double elapsed;
    private long lastFrame = -1;

    public TracePlayback(PlaybackClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Shows a new trace from its start, paused; {@code null} clears. */
    public void load(TraceResult result) {
        pause();
        trace.set(result);
        timeline = result == null ? null : new PlaybackTimeline(result);
        steps.setAll(timeline == null ? List.of() : timeline.steps());
        seek(0);
    }

    public void play() {
        if (timeline == null || playing.get()) {
            return;
        }
        if (atEnd.get()) {
            seek(0);
        }
        playing.set(true);
        lastFrame = -1;
        clock.start(this::frame);
    }

    public void pause() {
        if (playing.get()) {
            playing.set(false);
            clock.stop();
        }
    }

    public void togglePlaying() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Pauses and moves to the next hop, its checks lit. */
    public void stepForward() {
        pause();
        if (timeline != null && !atEnd.get()) {
            int next = Math.min(steps.size() - 1, timeline.stepAt(elapsed) + (isSettled() ? 1 : 0));
            seek(timeline.settledTime(next));
        }
    }

    /** Pauses and moves to the previous hop, its checks lit; from the first hop, back to the very start. */
    public void stepBack() {
        pause();
        if (timeline != null) {
            int k = timeline.stepAt(elapsed);
            boolean inside = elapsed > timeline.settledTime(k);
            int target = inside ? k : k - 1;
            seek(target < 0 ? 0 : timeline.settledTime(target));
        }
    }

    /**
     * Pauses with the packet at hop {@code step}, its checks lit: what selecting a row of the event list does.
     * Indexes outside the path are ignored.
     */
    public void goTo(int step) {
        pause();
        if (timeline != null && step >= 0 && step < steps.size()) {
            seek(timeline.settledTime(step));
        }
    }

    /** When the packet reaches hop {@code step} at normal speed, in seconds from the client; 0 without a trace. */
    public double arrivalSeconds(int step) {
        return timeline == null || step < 0 || step >= steps.size() ? 0 : timeline.arrivalTime(step);
    }

    /** Back to the client, playing. */
    public void restart() {
        pause();
        seek(0);
        play();
    }

    private boolean isSettled() {
        return elapsed >= timeline.settledTime(timeline.stepAt(elapsed)) - 1e-9;
    }

    private void frame(long nanos) {
        if (lastFrame >= 0) {
            elapsed += (nanos - lastFrame) / 1e9 * speed.get();
        }
        lastFrame = nanos;
        seek(Math.min(elapsed, timeline.duration()));
        if (atEnd.get()) {
            pause();
        }
    }

    private void seek(double time) {
        elapsed = time;
        if (timeline == null || steps.isEmpty()) {
            currentStep.set(0);
            current.set(null);
            position.set(0);
            legProgress.set(0);
            revealedChecks.clear();
            atStart.set(true);
            atEnd.set(true);
            return;
        }
        int k = timeline.stepAt(time);
        double at = timeline.positionAt(time);
        currentStep.set(k);
        current.set(steps.get(k));
        position.set(at);
        legProgress.set(at - k);
        int lit = timeline.checksAt(time);
        if (lit != revealedChecks.size()) {
            revealedChecks.setAll(trace.get().checks().subList(0, lit));
        }
        atStart.set(time <= 0);
        atEnd.set(time >= timeline.duration());
    }

    public ReadOnlyObjectProperty<TraceResult> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** One step per hop, in path order. Read-only for views. */
    public ObservableList<PlaybackStep> steps() {
        return stepsView;
    }

    /** The checks lit so far, in the order the cascade made them. Read-only for views. */
    public ObservableList<Check> revealedChecks() {
        return revealedView;
    }

    /** Index of the last hop the packet reached. */
    public ReadOnlyIntegerProperty currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlaybackStep> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The packet's position in hop units, from 0 (client) to the number of hops less one. */
    public ReadOnlyDoubleProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** How far along the leg after the current hop the packet is, 0 to 1. */
    public ReadOnlyDoubleProperty legProgressProperty() {
        return legProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty atStartProperty() {
        return atStart.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty atEndProperty() {
        return atEnd.getReadOnlyProperty();
    }

    /** Playback speed, 1 = normal; clamped to [{@value #MIN_SPEED}, {@value #MAX_SPEED}]. */
    public DoubleProperty speedProperty() {
        return speed;
    }
}
