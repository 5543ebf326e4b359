package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.command.CommandStack;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The request half of the trace panel: a saved scenario, or a zone, an origin, a family and an ingress
 * server chosen by hand. Choosing a scenario fills in its fields; changing a field so that it no longer
 * matches turns the request into one by hand. Every complete request goes to the {@link TraceSession} at
 * once, so the panel always shows the trace of what it says.
 *
 * <p>The choice properties are the panel's inputs and so writable; the lists of things to choose from follow
 * the document and are read-only.
 */
public final class TraceRequestModel {

    private final CommandStack commands;
    private final TraceSession session;
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario");
    private final ObjectProperty<String> zone = new SimpleObjectProperty<>(this, "zone");
    private final ObjectProperty<String> origin = new SimpleObjectProperty<>(this, "origin");
    private final ObjectProperty<Family> family = new SimpleObjectProperty<>(this, "family");
    private final ObjectProperty<String> ingress = new SimpleObjectProperty<>(this, "ingress");
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ObservableList<String> zones = FXCollections.observableArrayList();
    private final ObservableList<String> origins = FXCollections.observableArrayList();
    private final ObservableList<Scenario> scenariosView = FXCollections.unmodifiableObservableList(scenarios);
    private final ObservableList<String> zonesView = FXCollections.unmodifiableObservableList(zones);
    private final ObservableList<String> originsView = FXCollections.unmodifiableObservableList(origins);
    /** The topology the request is made against, for the ingress suggestions that run off the JavaFX thread. */
    private volatile Topology shown;
    /** Set while the model itself fills in fields, so that filling in is not taken for the planner's choice. */
    private boolean filling;

    public TraceRequestModel(CommandStack commands, TraceSession session) {
        this.commands = commands;
        this.session = session;
        commands.topologyProperty().addListener((obs, old, now) -> follow(now));
        follow(commands.topology());
        scenario.addListener((obs, old, now) -> {
            if (!filling) {
                fill(now);
                submit();
            }
        });
        for (ObjectProperty<?> field : List.of(zone, origin, family, ingress)) {
            field.addListener((obs, old, now) -> {
                if (!filling) {
                    detachFromScenarioUnlessMatching();
                    submit();
                }
            });
        }
    }

    /** Traces a saved scenario. */
    public void chooseScenario(String id) {
        commands.topology().scenario(id).ifPresent(scenario::set);
    }

    /**
     * "Send request from here": the same zone, origin and family from another ingress server, by hand. A zone
     * or an origin not chosen yet is the document's first.
     */
    public void sendFrom(String serverId) {
        filling = true;
        try {
            scenario.set(null);
            if (zone.get() == null && !zones.isEmpty()) {
                zone.set(zones.get(0));
            }
            if (origin.get() == null && !origins.isEmpty()) {
                origin.set(origins.get(0));
            }
            ingress.set(serverId);
        } finally {
            filling = false;
        }
        submit();
    }

    /** Forgets the request (another document was opened): nothing is traced until the planner chooses again. */
    public void clear() {
        filling = true;
        try {
            scenario.set(null);
            zone.set(null);
            origin.set(null);
            family.set(null);
            ingress.set(null);
        } finally {
            filling = false;
        }
        submit();
    }

    /** Whether the request names a zone, an origin and an ingress server, so it can be traced and saved. */
    public boolean isComplete() {
        return zone.get() != null && origin.get() != null && ingress.get() != null;
    }

    /** A name for the request as a scenario: "shop.example.com from fra1-s2", "... over IPv6". */
    public String suggestedScenarioName() {
        if (!isComplete()) {
            return "";
        }
        return zone.get() + " from " + ingress.get() + (family.get() == Family.IPV6 ? " over IPv6" : "");
    }

    /**
     * Saves the request as a scenario (one undoable step) and follows it from then on. The scenario expects
     * the tier the request reaches now, so the file records what the planner saw.
     *
     * @return the new scenario's id, or {@code null} when the request is not complete
     */
    public String saveAsScenario(String name) {
        if (!isComplete()) {
            return null;
        }
        Topology topology = commands.topology();
        String shownTier = session.traceProperty().get() == null ? null : session.traceProperty().get().tier().name();
        String title = name == null || name.isBlank() ? suggestedScenarioName() : name.strip();
        Scenario saved = new Scenario(ScenarioIds.fromName(topology, title), title, null, zone.get(), origin.get(),
                ingress.get(), family.get(), shownTier);
        commands.execute("Add scenario " + saved.id(), t -> ScenarioIds.add(t, saved));
        chooseScenario(saved.id());
        return saved.id();
    }

    private void follow(Topology topology) {
        shown = topology;
        setIfChanged(scenarios, topology.scenarios());
        setIfChanged(zones, topology.zones().stream().map(Zone::id).toList());
        setIfChanged(origins, topology.origins().stream().map(Origin::id).toList());
        Scenario followed = scenario.get();
        if (followed != null) {
            Scenario now = topology.scenario(followed.id()).orElse(null);
            filling = true;
            try {
                scenario.set(now);
                if (now != null) {
                    fill(now);
                }
            } finally {
                filling = false;
            }
            if (now == null) {
                // The scenario was deleted (or undone): keep tracing what it asked, by hand.
                submit();
            }
        }
    }

    private void fill(Scenario from) {
        if (from == null) {
            return;
        }
        boolean was = filling;
        filling = true;
        try {
            zone.set(from.zone());
            origin.set(from.origin());
            family.set(from.family());
            ingress.set(from.ingressServer());
        } finally {
            filling = was;
        }
    }

    private void detachFromScenarioUnlessMatching() {
        Scenario s = scenario.get();
        if (s != null && !(Objects.equals(s.zone(), zone.get()) && Objects.equals(s.origin(), origin.get())
                && s.family() == family.get() && Objects.equals(s.ingressServer(), ingress.get()))) {
            filling = true;
            try {
                scenario.set(null);
            } finally {
                filling = false;
            }
        }
    }

    private void submit() {
        if (scenario.get() != null) {
            session.show(TraceRequest.of(scenario.get()));
        } else if (isComplete()) {
            session.show(TraceRequest.byHand(zone.get(), origin.get(), ingress.get(), family.get()));
        } else {
            session.show(null);
        }
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> next) {
        if (!list.equals(next)) {
            list.setAll(next);
        }
    }

    /** The scenario followed, or {@code null} for a request by hand. */
    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public ObjectProperty<String> zoneProperty() {
        return zone;
    }

    public ObjectProperty<String> originProperty() {
        return origin;
    }

    /** {@code null} is the origin's default family. */
    public ObjectProperty<Family> familyProperty() {
        return family;
    }

    public ObjectProperty<String> ingressProperty() {
        return ingress;
    }

    public ObservableList<Scenario> scenarios() {
        return scenariosView;
    }

    public ObservableList<String> zones() {
        return zonesView;
    }

    public ObservableList<String> origins() {
        return originsView;
    }

    /**
     * Ingress servers for what the planner has typed: ids that start with it first, then ids that contain it
     * (ignoring case), each group in file order, at most {@code limit}. The field that asks runs this off the
     * JavaFX thread, so 100,000 servers are never held in a list of choices.
     */
    public List<String> ingressSuggestions(String typed, int limit) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (ServerPlace place : shown.index().servers()) {
            if (starting.size() >= limit) {
                break;
            }
            String id = place.server().id();
            String lower = id.toLowerCase(Locale.ROOT);
            if (lower.startsWith(wanted)) {
                starting.add(id);
            } else if (containing.size() < limit && lower.contains(wanted)) {
                containing.add(id);
            }
        }
        starting.addAll(containing);
        return List.copyOf(starting.subList(0, Math.min(limit, starting.size())));
    }

    /** Whether the topology has a server with this id: what the ingress field accepts. */
    public boolean isServer(String id) {
        return id != null && shown.index().serverOrdinal(id) >= 0;
    }
}
