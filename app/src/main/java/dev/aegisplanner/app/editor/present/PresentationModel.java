package dev.aegisplanner.app.editor.present;

import dev.aegisplanner.app.editor.trace.TraceRequestModel;
import dev.aegisplanner.app.editor.trace.TraceSession;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Scenario;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Presentation mode without the window: a list of scenarios played one after another, with the name and the
 * description of the one playing as captions. Each scenario is chosen in the trace panel's request, so the
 * panel, the canvas and the map all follow, and after the presentation the panel shows the last one.
 */
public final class PresentationModel {

    private final TraceRequestModel request;
    private final TraceSession session;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private List<Scenario> scenarios = List.of();

    public PresentationModel(TraceRequestModel request, TraceSession session) {
        this.request = request;
        this.session = session;
    }

    /** Starts with the first of these scenarios; nothing happens for none. */
    public void start(List<Scenario> playlist) {
        scenarios = List.copyOf(playlist);
        if (!scenarios.isEmpty()) {
            go(0);
        }
    }

    /** The next scenario; after the last, the first again, so a demo can run on its own. */
    public void next() {
        if (!scenarios.isEmpty()) {
            go((index.get() + 1) % scenarios.size());
        }
    }

    /** The previous scenario; before the first, the last. */
    public void previous() {
        if (!scenarios.isEmpty()) {
            go((index.get() - 1 + scenarios.size()) % scenarios.size());
        }
    }

    /** The scenario playing, again from the client. */
    public void replay() {
        session.replay();
    }

    private void go(int k) {
        Scenario s = scenarios.get(k);
        index.set(k);
        scenario.set(s);
        title.set(s.displayName());
        caption.set(s.description() != null && !s.description().isBlank() ? s.description() : request(s));
        position.set((k + 1) + " / " + scenarios.size());
        request.chooseScenario(s.id());
        // Choosing the scenario that already plays changes nothing: play it again from the client.
        if (session.playback().atEndProperty().get() || !session.playback().playingProperty().get()) {
            session.replay();
        }
    }

    /** A scenario without a description is described by its request: "shop.example.com from fra1-s2 to acme-origin". */
    private static String request(Scenario s) {
        return s.zone() + " from " + s.ingressServer() + " to " + s.origin()
                + (s.family() == Family.IPV6 ? " over IPv6" : "");
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** Position in the list, -1 before the start. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /** The scenario's name. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The scenario's description, or its request in words when it has none. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** "3 / 9". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public TraceSession session() {
        return session;
    }
}
