package dev.aegisplanner.app.editor.capacity;

import dev.aegisplanner.app.editor.analysis.Figures;
import dev.aegisplanner.app.map.MapHeat;
import dev.aegisplanner.app.render.Shading;
import dev.aegisplanner.model.capacity.CapacityAnalysis;
import dev.aegisplanner.model.capacity.CapacityReport;
import dev.aegisplanner.model.capacity.CapacityRow;
import dev.aegisplanner.model.capacity.DrillOutcome;
import dev.aegisplanner.model.capacity.DrillReport;
import dev.aegisplanner.model.capacity.FailureImpact;
import dev.aegisplanner.model.capacity.RowStatus;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Capacity view without the view: the plan's rows (or, in a what-if, the rows a failure makes worse), the
 * headline, unserved demand called out, N-1 and its worst case, and the colours for the canvas. Everything is read
 * from the analysis the {@link CapacityFeed} keeps; nothing is worked out again here.
 */
public final class CapacityViewModel {

    private static final String ANALYSING = "Analysing the plan\u2026";

    private final CapacityFeed feed;
    private final Executor background;
    private final DrillRun drills;
    private final ObservableList<CapacityItem> items = FXCollections.observableArrayList();
    private final ObservableList<CapacityItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ObservableList<UnservedCallout> unserved = FXCollections.observableArrayList();
    private final ObservableList<UnservedCallout> unservedView = FXCollections.unmodifiableObservableList(unserved);
    private final ObservableList<DrillOutcome> hurting = FXCollections.observableArrayList();
    private final ObservableList<DrillOutcome> hurtingView = FXCollections.unmodifiableObservableList(hurting);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("Analysing the plan\u2026");
    private final ReadOnlyStringWrapper whatIfSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Shading> shading = new ReadOnlyObjectWrapper<>(Shading.NONE);
    private final ReadOnlyObjectWrapper<MapHeat> heat = new ReadOnlyObjectWrapper<>(MapHeat.NONE);
    private final ReadOnlyObjectWrapper<Map<RowStatus, Long>> shownStatuses = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<ElementRef> whatIf = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FailureImpact> impact = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper whatIfRunning = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty worstCaseShown = new SimpleBooleanProperty(false);
    private final Executor ui;
    private CapacityAnalysis shown;
    /** The what-if asked last; an answer to an older one is dropped. */
    private Object whatIfAsked;

    /**
     * @param background runs a what-if and N-1, apart from the feed's worker, so neither holds up the live view
     * @param ui where their answers are published ({@code Platform::runLater} in the editor)
     * @param drillThreads the threads N-1 runs on
     */
    public CapacityViewModel(CapacityFeed feed, Executor background, Executor ui, int drillThreads) {
        this.feed = feed;
        this.background = background;
        this.ui = ui;
        this.drills = new DrillRun(background, ui, drillThreads);
        feed.stateProperty().addListener((obs, old, state) -> planChanged(state));
        drills.resultProperty().addListener((obs, old, report) -> refresh());
        feed.busyProperty().addListener((obs, old, busy) -> refresh());
        worstCaseShown.addListener((obs, old, now) -> refresh());
        planChanged(feed.state());
    }

    private void planChanged(CapacityState state) {
        CapacityAnalysis next = state == null ? null : state.analysis();
        if (next == shown && next != null) {
            return;
        }
        shown = next;
        drills.clear();
        ElementRef asked = whatIf.get();
        impact.set(null);
        if (asked != null && next != null && next.topology().index().contains(asked)) {
            whatIf(asked);
        } else {
            whatIf.set(null);
        }
        refresh();
    }

    private void refresh() {
        CapacityState state = feed.state();
        boolean busy = feed.busyProperty().get();
        if (state == null || !state.ready()) {
            items.clear();
            unserved.clear();
            hurting.clear();
            headline.set("");
            shading.set(Shading.NONE);
            heat.set(MapHeat.NONE);
            shownStatuses.set(Map.of());
            notice.set(state == null || busy ? ANALYSING : state.failure() != null
                    ? "The capacity analysis failed: " + state.failure()
                    : "The plan has " + Figures.count(state.errors(), "error") + ", which block the capacity "
                            + "analysis as they block every trace. Fix them in the Problems panel.");
            return;
        }
        CapacityReport report = state.analysis().report();
        notice.set(report.totalConnections() > 0 || !report.rows().isEmpty() ? "" : busy ? ANALYSING
                : "This plan has no demand yet. Add entries in the Demand panel or import a CSV of peak connections.");
        headline.set(headline(report));
        unserved.setAll(UnservedCallout.of(report.unserved(), report.stranded()));
        DrillReport drilled = drills.resultProperty().get();
        hurting.setAll(drilled == null ? List.of() : drilled.failures());
        FailureImpact current = impact.get();
        if (current != null) {
            items.setAll(current.worse().stream().map(c -> new CapacityItem(c.after(), c.before(), null)).toList());
            whatIfSummary.set(whatIfSummary(current));
            shading.set(CapacityShading.whatIf(current.failed().rows(), current.failed().stranded(),
                    current.failure(), failedDataCenters(state.topology(), current.failure())));
            heat.set(CapacityHeat.of(current.failed(), CapacityRow::utilization));
            shownStatuses.set(statuses(current.failed().rows().stream().map(CapacityRow::status).toList()));
            return;
        }
        whatIfSummary.set("");
        List<CapacityItem> rows = new ArrayList<>(report.rows().size());
        for (int i = 0; i < report.rows().size(); i++) {
            rows.add(new CapacityItem(report.rows().get(i), null, drilled == null ? null : drilled.rows().get(i)));
        }
        items.setAll(rows);
        boolean worstCase = drilled != null && worstCaseShown.get();
        shading.set(worstCase ? CapacityShading.worstCase(drilled.rows(), report.stranded())
                : CapacityShading.of(report.rows(), report.stranded()));
        if (worstCase) {
            Map<CapacityRow, Double> worst = new HashMap<>();
            drilled.rows().forEach(r -> worst.put(r.plan(), r.worstUtilization()));
            heat.set(CapacityHeat.of(report, r -> worst.getOrDefault(r, r.utilization())));
            shownStatuses.set(statuses(drilled.rows().stream().map(r -> r.worstStatus()).toList()));
        } else {
            heat.set(CapacityHeat.of(report, CapacityRow::utilization));
            shownStatuses.set(statuses(report.rows().stream().map(CapacityRow::status).toList()));
        }
    }

    /** "What if this fails?": the element down on top of the plan, worked out in the background. */
    public void whatIf(ElementRef element) {
        CapacityAnalysis analysis = shown;
        if (analysis == null) {
            return;
        }
        if (!failable(element)) {
            whatIfSummary.set("Select one location, data center or server, then ask what happens if it fails.");
            return;
        }
        Object asked = new Object();
        whatIfAsked = asked;
        whatIf.set(element);
        whatIfRunning.set(true);
        whatIfSummary.set("Working out what happens if " + element + " fails\u2026");
        background.execute(() -> {
            FailureImpact answer;
            try {
                answer = analysis.impactOf(element);
            } catch (RuntimeException | Error e) {
                ui.execute(() -> {
                    if (asked == whatIfAsked) {
                        whatIfAsked = null;
                        whatIfRunning.set(false);
                        whatIf.set(null);
                        whatIfSummary.set("What if " + element + " fails? It could not be worked out: "
                                + e.getMessage());
                    }
                });
                return;
            }
            ui.execute(() -> {
                if (asked == whatIfAsked && analysis == shown) {
                    whatIfAsked = null;
                    whatIfRunning.set(false);
                    impact.set(answer);
                    refresh();
                }
            });
        });
    }

    /** Leaves the what-if: the plan's rows and colours again. */
    public void backToPlan() {
        whatIfAsked = null;
        whatIfRunning.set(false);
        whatIf.set(null);
        impact.set(null);
        refresh();
    }

    /** Whether "What if this fails?" applies: locations, data centers and servers fail; catalog entries do not. */
    public static boolean failable(ElementRef element) {
        return element != null && (element.kind() == ElementKind.LOCATION
                || element.kind() == ElementKind.DATA_CENTER || element.kind() == ElementKind.SERVER);
    }

    /** Starts N-1 on the plan shown. */
    public void runDrills() {
        if (shown != null) {
            backToPlan();
            drills.start(shown);
        }
    }

    public void cancelDrills() {
        drills.cancel();
    }

    private static Map<RowStatus, Long> statuses(List<RowStatus> shown) {
        Map<RowStatus, Long> counts = new java.util.EnumMap<>(RowStatus.class);
        for (RowStatus status : RowStatus.values()) {
            counts.put(status, shown.stream().filter(s -> s == status).count());
        }
        return counts;
    }

    private static String headline(CapacityReport report) {
        StringBuilder text = new StringBuilder(Figures.connections(report.totalConnections())
                + " connections \u00b7 " + Figures.count(report.rows().size(), "row"));
        List<String> statuses = new ArrayList<>();
        for (RowStatus status : RowStatus.values()) {
            long n = report.count(status);
            if (n > 0) {
                statuses.add(n + " " + status.json());
            }
        }
        if (!statuses.isEmpty()) {
            text.append(": ").append(String.join(", ", statuses));
        }
        if (report.forwardedConnections() > 0) {
            text.append(String.format(Locale.ROOT, " \u00b7 %.1f %% forwarded (+%.1f ms)",
                    report.forwardedShare() * 100, report.meanExtraLatencyMs()));
        }
        return text.toString();
    }

    private static String whatIfSummary(FailureImpact impact) {
        String subject = "What if " + impact.failure() + " fails? ";
        if (impact.worse().isEmpty() && impact.newlyUnserved().isEmpty()) {
            return subject + "No row gets worse and no more demand is unserved.";
        }
        List<String> parts = new ArrayList<>();
        parts.add(Figures.count(impact.worse().size(), "row") + " worse");
        if (impact.rowsPushedOver() > 0) {
            parts.add(impact.rowsPushedOver() + " pushed over 100 %");
        }
        parts.add(impact.newlyUnservedConnections() > 0
                ? Figures.connections(impact.newlyUnservedConnections()) + " more connections unserved"
                : "nothing more unserved");
        return subject + String.join(", ", parts) + ".";
    }

    private static Set<String> failedDataCenters(Topology topology, ElementRef failure) {
        return switch (failure.kind()) {
            case DATA_CENTER -> Set.of(failure.id());
            case LOCATION -> topology.location(failure.id()).map(l -> l.dataCenters().stream().map(DataCenter::id)
                    .collect(Collectors.toSet())).orElse(Set.of());
            default -> Set.of();
        };
    }


    public ObservableList<CapacityItem> items() {
        return itemsView;
    }

    public ObservableList<UnservedCallout> unserved() {
        return unservedView;
    }

    /** The single failures that hurt, once N-1 has run: worst first. */
    public ObservableList<DrillOutcome> hurting() {
        return hurtingView;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Why there are no rows (errors, no demand, still analysing), or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whatIfSummaryProperty() {
        return whatIfSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Shading> shadingProperty() {
        return shading.getReadOnlyProperty();
    }

    /** How many rows the drawing shows in each status: as planned, with the what-if's failure, or at N-1 worst. */
    public ReadOnlyObjectProperty<Map<RowStatus, Long>> shownStatusesProperty() {
        return shownStatuses.getReadOnlyProperty();
    }

    /** Bubbles on the map: demand entering each location, in the colour of its most utilized address. */
    public ReadOnlyObjectProperty<MapHeat> heatProperty() {
        return heat.getReadOnlyProperty();
    }

    /** The element of the what-if shown (or being worked out), or {@code null} for the plan. */
    public ReadOnlyObjectProperty<ElementRef> whatIfProperty() {
        return whatIf.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FailureImpact> impactProperty() {
        return impact.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty whatIfRunningProperty() {
        return whatIfRunning.getReadOnlyProperty();
    }

    /** Whether the drawing shows each row at its N-1 worst instead of as planned. */
    public BooleanProperty worstCaseShownProperty() {
        return worstCaseShown;
    }

    /** True while the plan's analysis is being brought up to date. */
    public ReadOnlyBooleanProperty updatingProperty() {
        return feed.busyProperty();
    }

    public ReadOnlyBooleanProperty drillsRunningProperty() {
        return drills.runningProperty();
    }

    public javafx.beans.property.ReadOnlyDoubleProperty drillProgressProperty() {
        return drills.progressProperty();
    }

    public ReadOnlyStringProperty drillMessageProperty() {
        return drills.messageProperty();
    }

    public ReadOnlyObjectProperty<DrillReport> drillReportProperty() {
        return drills.resultProperty();
    }

    /** The analysis shown, for the other views that read the same report (the map). */
    public CapacityAnalysis analysis() {
        return shown;
    }
}
