package dev.aegisplanner.app.editor.coverage;

import dev.aegisplanner.app.editor.analysis.AnalysisInputs;
import dev.aegisplanner.app.editor.analysis.DebouncedAnalysis;
import dev.aegisplanner.app.editor.analysis.Figures;
import dev.aegisplanner.app.map.MapHeat;
import dev.aegisplanner.app.render.Shading;
import dev.aegisplanner.model.analysis.Coverage;
import dev.aegisplanner.model.analysis.CoverageChange;
import dev.aegisplanner.model.analysis.CoverageDiff;
import dev.aegisplanner.model.analysis.ZoneCoverage;
import dev.aegisplanner.model.edit.Failures;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import dev.aegisplanner.model.validation.Problem;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Coverage view without the view (PRODUCT.md section 6): for a chosen zone and family, the tier every
 * server's requests reach, in the tier palette on the canvas and the map; and a what-if that takes elements down
 * without editing the plan, with what moved and what went to {@code NO_EGRESS}.
 *
 * <p>Why a what-if rather than marking elements down: asking "what if" must not dirty the document, fill the
 * undo history, or leave an element down by mistake when the planner forgets to bring it back. Marking an element
 * down for real is one undoable edit away (its context menu, its properties), and the view shows that too.
 *
 * <p>Coverage is worked out off the FX thread, only while the view is active; the engine of a topology is kept
 * for the next question, so changing the zone or family costs one pass over the servers.
 */
public final class CoverageViewModel {

    private final ObservableValue<Topology> topology;
    private final Function<Topology, List<Problem>> validator;
    private final ObservableList<String> zones = FXCollections.observableArrayList();
    private final ObservableList<String> zonesView = FXCollections.unmodifiableObservableList(zones);
    private final ObjectProperty<String> zone = new SimpleObjectProperty<>();
    private final ObjectProperty<Family> family = new SimpleObjectProperty<>(Family.IPV4);
    private final ObservableList<ElementRef> down = FXCollections.observableArrayList();
    private final ObservableList<ElementRef> downView = FXCollections.unmodifiableObservableList(down);
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<CoverageState> state = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CoverageChange> changes = FXCollections.observableArrayList();
    private final ObservableList<CoverageChange> changesView = FXCollections.unmodifiableObservableList(changes);
    private final ReadOnlyObjectWrapper<Map<Tier, Integer>> tiers = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper whatIfSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Shading> shading = new ReadOnlyObjectWrapper<>(Shading.NONE);
    private final ReadOnlyObjectWrapper<MapHeat> heat = new ReadOnlyObjectWrapper<>(MapHeat.NONE);
    private final DebouncedAnalysis<CoverageInput, CoverageState> runs;
    /** Worker thread only: the engine of the last topology asked about. */
    private Topology engineFor;
    private Coverage engine;

    public CoverageViewModel(ObservableValue<Topology> topology, Function<Topology, List<Problem>> validator,
                             ScheduledExecutorService worker, Executor ui, long debounceMillis) {
        this.topology = topology;
        this.validator = validator;
        this.runs = new DebouncedAnalysis<>(worker, ui, debounceMillis, this::analyse, CoverageInput::sameAnswer,
                this::show);
        topology.addListener((obs, old, now) -> topologyChanged(now));
        zone.addListener((obs, old, now) -> ask());
        family.addListener((obs, old, now) -> ask());
        down.addListener((ListChangeListener<ElementRef>) c -> ask());
        active.addListener((obs, old, now) -> ask());
        topologyChanged(topology.getValue());
    }

    private void topologyChanged(Topology now) {
        List<String> ids = now.zones().stream().map(Zone::id).distinct().toList();
        if (!ids.equals(zones)) {
            zones.setAll(ids);
        }
        if (zone.get() == null || !ids.contains(zone.get())) {
            zone.set(ids.isEmpty() ? null : ids.get(0));
        }
        down.removeIf(ref -> !now.index().contains(ref));
        ask();
    }

    private void ask() {
        if (active.get()) {
            if (state.get() == null) {
                notice.set("Working out where requests egress\u2026");
            }
            runs.request(new CoverageInput(topology.getValue(), zone.get(), family.get(),
                    down.stream().map(ElementRef::id).collect(Collectors.toCollection(LinkedHashSet::new))));
        }
    }

    private CoverageState analyse(CoverageInput in) {
        try {
            int errors = (int) validator.apply(in.topology()).stream().filter(Problem::isError).count();
            if (errors > 0 || in.zone() == null) {
                return CoverageState.blocked(in, errors);
            }
            if (engine == null || !AnalysisInputs.sameForCoverage(engineFor, in.topology())) {
                engine = Coverage.of(in.topology());
                engineFor = in.topology();
            }
            ZoneCoverage plan = engine.zone(in.zone(), in.family());
            ZoneCoverage whatIf = null;
            CoverageDiff diff = null;
            if (!in.down().isEmpty()) {
                whatIf = Coverage.of(Failures.takeDown(in.topology(), in.down())).zone(in.zone(), in.family());
                diff = CoverageDiff.between(plan, whatIf);
            }
            ZoneCoverage shown = whatIf != null ? whatIf : plan;
            return new CoverageState(in, plan, whatIf, diff, CoverageShading.of(in.topology(), shown, in.down(), diff),
                    CoverageHeat.of(shown), 0, null);
        } catch (RuntimeException e) {
            return CoverageState.failed(in, e);
        }
    }

    private void show(CoverageState next) {
        state.set(next);
        if (!next.ready()) {
            changes.clear();
            tiers.set(Map.of());
            whatIfSummary.set("");
            shading.set(Shading.NONE);
            heat.set(MapHeat.NONE);
            notice.set(next.failure() != null ? "The coverage could not be worked out: " + next.failure()
                    : next.errors() > 0 ? "The plan has " + Figures.count(next.errors(), "error") + ", which block the "
                            + "engine. Fix them in the Problems panel."
                    : "This plan has no zones yet. Add one in the Zones panel.");
            return;
        }
        notice.set("");
        tiers.set(next.shown().tiers().reached());
        changes.setAll(next.diff() == null ? List.of() : next.diff().changes());
        whatIfSummary.set(next.diff() == null ? "" : summary(next));
        shading.set(next.shading());
        heat.set(next.heat());
    }

    private static String summary(CoverageState state) {
        CoverageDiff diff = state.diff();
        String subject = "With " + String.join(", ", state.input().down()) + " down: ";
        if (diff.isEmpty()) {
            return subject + "nothing changes for " + state.input().zone() + ".";
        }
        long stranded = diff.changes().stream().filter(c -> c.after() != null && c.after().tier() == Tier.NO_EGRESS)
                .count();
        int rerouted = diff.count(CoverageChange.Kind.REROUTED);
        int lost = diff.count(CoverageChange.Kind.INGRESS_DOWN);
        return subject + Figures.count(rerouted, "request") + " moved, " + (stranded == 0 ? "none"
                : String.format(java.util.Locale.ROOT, "%,d", stranded)) + " with nowhere to egress; "
                + Figures.count(lost, "ingress server") + " down.";
    }

    /** Takes the elements down in the what-if; anything but locations, data centers and servers is ignored. */
    public void takeDown(Collection<ElementRef> elements) {
        for (ElementRef element : elements) {
            if (downable(element) && !down.contains(element)) {
                down.add(element);
            }
        }
    }

    /** Brings an element back up in the what-if, or takes it down when it is up: the toggle of the view. */
    public void toggleDown(ElementRef element) {
        if (!down.remove(element)) {
            takeDown(List.of(element));
        }
    }

    public void clearDown() {
        down.clear();
    }

    public static boolean downable(ElementRef element) {
        return element.kind() == ElementKind.LOCATION || element.kind() == ElementKind.DATA_CENTER
                || element.kind() == ElementKind.SERVER;
    }


    public ObservableList<String> zones() {
        return zonesView;
    }

    public ObjectProperty<String> zoneProperty() {
        return zone;
    }

    public ObjectProperty<Family> familyProperty() {
        return family;
    }

    /** What the what-if takes down, in the order taken. */
    public ObservableList<ElementRef> down() {
        return downView;
    }

    /** Whether anybody looks: coverage is worked out only then. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyObjectProperty<CoverageState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Every request the what-if changed, in file order of the ingress servers. */
    public ObservableList<CoverageChange> changes() {
        return changesView;
    }

    /** The tiers the shown coverage reaches, with how many servers' requests reach each. */
    public ReadOnlyObjectProperty<Map<Tier, Integer>> tiersProperty() {
        return tiers.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whatIfSummaryProperty() {
        return whatIfSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Shading> shadingProperty() {
        return shading.getReadOnlyProperty();
    }

    /** Rings on the map: per location, its data centers in the tiers they reach. */
    public ReadOnlyObjectProperty<MapHeat> heatProperty() {
        return heat.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return runs.busyProperty();
    }

    /** The ids taken down, for the legend. */
    public Set<String> downIds() {
        return down.stream().map(ElementRef::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
