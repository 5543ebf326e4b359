package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.trace.PlaybackStep;
import dev.aegisplanner.app.trace.TracePlayback;
import dev.aegisplanner.model.analysis.PathChange;
import dev.aegisplanner.model.engine.Check;
import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.export.TierHeadlines;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * What the trace panel shows besides the request: the tier and the egress (always in view), the call-out of
 * the last edit, the event list with one row per hop, the checks lit so far, and the words for the playback
 * controls. Views bind to it; it holds no node.
 */
public final class TracePanelModel {

    /** What fills the panel's body: a hint, why the request cannot be traced, the errors that block it, the trace. */
    public enum Body { NOTHING, PROBLEM, BLOCKED, TRACE }

    static final String HINT = "Choose a scenario, or a zone, an origin and an ingress server, to watch a request "
            + "find its way out.";

    private final TraceSession session;
    private final ObservableValue<Topology> topology;
    private final ReadOnlyObjectWrapper<Body> body = new ReadOnlyObjectWrapper<>(Body.NOTHING);
    private final ReadOnlyObjectWrapper<Tier> tier = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper egress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper egressIp = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Boolean> reasonPassed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper callout = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper blockersTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper checksProgress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper speed = new ReadOnlyStringWrapper("");
    private final ObservableList<TraceEvent> events = FXCollections.observableArrayList();
    private final ObservableList<TraceEvent> eventsView = FXCollections.unmodifiableObservableList(events);

    public TracePanelModel(TraceSession session, ObservableValue<Topology> topology) {
        this.session = session;
        this.topology = topology;
        TracePlayback playback = session.playback();
        session.traceProperty().addListener((obs, old, now) -> update());
        session.problemProperty().addListener((obs, old, now) -> update());
        session.blockersProperty().addListener((obs, old, now) -> update());
        session.errorsProperty().addListener((obs, old, now) -> update());
        session.requestProperty().addListener((obs, old, now) -> update());
        topology.addListener((obs, old, now) -> update());
        session.changeProperty().addListener((obs, old, now) -> callout.set(sentence(now)));
        playback.steps().addListener((ListChangeListener<PlaybackStep>) change -> rebuildEvents());
        playback.revealedChecks().addListener((ListChangeListener<Check>) change -> updateChecksProgress());
        playback.speedProperty().addListener((obs, old, now) -> speed.set(speedText(now.doubleValue())));
        speed.set(speedText(playback.speedProperty().get()));
        update();
        rebuildEvents();
    }

    private void update() {
        TraceResult trace = session.traceProperty().get();
        body.set(trace != null ? Body.TRACE : !session.blockersProperty().get().isEmpty() ? Body.BLOCKED
                : session.problemProperty().get().isEmpty() ? Body.NOTHING : Body.PROBLEM);
        blockersTitle.set(blockersTitle(session.errorsProperty().get(), session.blockersProperty().get().size()));
        tier.set(trace == null ? null : trace.tier());
        headline.set(trace == null ? "" : TierHeadlines.of(trace.tier()));
        egress.set(trace == null ? "" : trace.egress() == null ? "No egress: a planning error"
                : "Egress " + describe(trace.egress()));
        egressIp.set(trace == null || trace.egress() == null ? "" : trace.egress().ip() == null ? "shared address"
                : trace.egress().ip());
        Check decisive = trace == null || trace.checks().isEmpty() ? null : trace.decisiveCheck();
        reason.set(decisive == null ? "" : decisive.name() + ": " + decisive.reason());
        reasonPassed.set(decisive == null ? null : decisive.passed());
        updateChecksProgress();
    }

    private String describe(Endpoint point) {
        String location = topology.getValue().location(point.location()).map(Location::displayName)
                .orElse(point.location());
        return point.server() + " \u00b7 " + point.dataCenter() + " \u00b7 " + location;
    }

    private void rebuildEvents() {
        TracePlayback playback = session.playback();
        List<TraceEvent> rows = new ArrayList<>();
        for (PlaybackStep step : playback.steps()) {
            rows.add(TraceEvent.of(step, playback.arrivalSeconds(step.index())));
        }
        events.setAll(rows);
    }

    private void updateChecksProgress() {
        TraceResult trace = session.traceProperty().get();
        int made = trace == null ? 0 : trace.checks().size();
        int lit = session.playback().revealedChecks().size();
        checksProgress.set(made == 0 ? "" : lit == made ? plural(made, "check") : lit + " of " + plural(made, "check"));
    }

    /** Moves the packet to the event's hop, unless it is there already (the list follows the packet too). */
    public void selectEvent(int index) {
        if (index >= 0 && index != session.playback().currentStepProperty().get()) {
            session.playback().goTo(index);
        }
    }

    /** "Fix these 3 errors to trace: ...", or, past the list, how many of them it shows. */
    static String blockersTitle(int errors, int shown) {
        if (errors == 0) {
            return "";
        }
        String these = errors == 1 ? "this error" : shown < errors ? "these " + shown + " of " + errors + " errors"
                : "these " + errors + " errors";
        return "Fix " + these + " to trace the request: the engine runs only on a plan without errors."
                + " The trace comes back by itself.";
    }

    private static String sentence(PathChange change) {
        return change == null ? "" : change.sentence();
    }

    static String speedText(double factor) {
        String text = factor == Math.rint(factor) ? String.valueOf((long) factor)
                : String.valueOf(Math.round(factor * 100) / 100.0);
        return text + "\u00d7";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public TraceSession session() {
        return session;
    }

    public TracePlayback playback() {
        return session.playback();
    }

    public ReadOnlyObjectProperty<Body> bodyProperty() {
        return body.getReadOnlyProperty();
    }

    /** The tier reached, or {@code null} without a trace. */
    public ReadOnlyObjectProperty<Tier> tierProperty() {
        return tier.getReadOnlyProperty();
    }

    /** "Forwarded within the data center". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** "Egress fra1-s1 · FRA-1 · Frankfurt". */
    public ReadOnlyStringProperty egressProperty() {
        return egress.getReadOnlyProperty();
    }

    /** "192.0.2.10", "shared address", or empty when nothing egresses. */
    public ReadOnlyStringProperty egressIpProperty() {
        return egressIp.getReadOnlyProperty();
    }

    /** The check that decided the tier, with the engine's reason: "Same server: fra1-s1 holds 192.0.2.10 ...". */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** Whether the deciding check passed (a tier found) or failed (no egress); {@code null} without a trace. */
    public ReadOnlyObjectProperty<Boolean> reasonPassedProperty() {
        return reasonPassed.getReadOnlyProperty();
    }

    /** What the last edit changed in the path, or empty. */
    public ReadOnlyStringProperty calloutProperty() {
        return callout.getReadOnlyProperty();
    }

    /** Why there is no trace ("Ingress server fra1-s1 does not exist"), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return session.problemProperty();
    }

    /** The errors that block the engine, in place of a trace; a click on one goes to it. */
    public ReadOnlyObjectProperty<java.util.List<dev.aegisplanner.app.editor.problems.ProblemRow>> blockersProperty() {
        return session.blockersProperty();
    }

    /** What the list of blocking errors is, and what to do about them. */
    public ReadOnlyStringProperty blockersTitleProperty() {
        return blockersTitle.getReadOnlyProperty();
    }

    /** "2 of 5 checks" while they light up, "5 checks" when all are lit. */
    public ReadOnlyStringProperty checksProgressProperty() {
        return checksProgress.getReadOnlyProperty();
    }

    /** "1×", "2.5×". */
    public ReadOnlyStringProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** One row per hop, in path order. */
    public ObservableList<TraceEvent> events() {
        return eventsView;
    }

    /** The checks lit so far, in the order the cascade made them. */
    public ObservableList<Check> checks() {
        return session.playback().revealedChecks();
    }

    public void dismissCallout() {
        session.dismissChange();
    }
}
