package dev.aegisplanner.app.editor.demand;

import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.edit.DemandEdits;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Demand panel without the view: the topology's demand entries, the choices an entry may take (only the
 * zones, origins, locations and data centers that exist), totals per zone and per origin, and every change as one
 * step on the document's undo stack.
 */
public final class DemandViewModel {

    /** An entry and its position in the {@code demand} array, which is what edits address. */
    public record Entry(int index, Demand demand) {
        public DemandPlace place() {
            return DemandPlace.of(demand);
        }

        public Family family() {
            return demand.effectiveFamily();
        }
    }

    private final TopologyDocument document;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ObservableList<String> zones = FXCollections.observableArrayList();
    private final ObservableList<String> zonesView = FXCollections.unmodifiableObservableList(zones);
    private final ObservableList<String> origins = FXCollections.observableArrayList();
    private final ObservableList<String> originsView = FXCollections.unmodifiableObservableList(origins);
    private final ObservableList<DemandPlace> places = FXCollections.observableArrayList();
    private final ObservableList<DemandPlace> placesView = FXCollections.unmodifiableObservableList(places);
    private final ObservableList<DemandTotal> zoneTotals = FXCollections.observableArrayList();
    private final ObservableList<DemandTotal> zoneTotalsView = FXCollections.unmodifiableObservableList(zoneTotals);
    private final ObservableList<DemandTotal> originTotals = FXCollections.observableArrayList();
    private final ObservableList<DemandTotal> originTotalsView = FXCollections.unmodifiableObservableList(originTotals);
    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>();

    public DemandViewModel(TopologyDocument document) {
        this.document = document;
        document.topologyProperty().addListener((obs, old, now) -> update(now));
        update(document.topology());
    }

    private void update(Topology topology) {
        List<Entry> next = new ArrayList<>(topology.demand().size());
        for (int i = 0; i < topology.demand().size(); i++) {
            next.add(new Entry(i, topology.demand().get(i)));
        }
        Entry was = selected.get();
        if (!next.equals(entries)) {
            entries.setAll(next);
        }
        setIfChanged(zones, topology.zones().stream().map(Zone::id).distinct().toList());
        setIfChanged(origins, topology.origins().stream().map(Origin::id).distinct().toList());
        List<DemandPlace> where = new ArrayList<>();
        for (Location location : topology.locations()) {
            where.add(new DemandPlace(ElementKind.LOCATION, location.id()));
            for (DataCenter dataCenter : location.dataCenters()) {
                where.add(new DemandPlace(ElementKind.DATA_CENTER, dataCenter.id()));
            }
        }
        setIfChanged(places, where);
        setIfChanged(zoneTotals, totals(topology.demand(), Demand::zone));
        setIfChanged(originTotals, totals(topology.demand(), Demand::origin));
        if (was != null) {
            // The selection follows its position, as the list does: an undone delete brings the entry back there.
            selected.set(was.index() < next.size() ? next.get(was.index()) : null);
        }
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> next) {
        if (!list.equals(next)) {
            list.setAll(next);
        }
    }

    private static List<DemandTotal> totals(List<Demand> demand, Function<Demand, String> key) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (Demand entry : demand) {
            double[] sum = sums.computeIfAbsent(String.valueOf(key.apply(entry)), k -> new double[2]);
            sum[0] += entry.connections();
            sum[1]++;
        }
        List<DemandTotal> totals = new ArrayList<>();
        sums.forEach((id, sum) -> totals.add(new DemandTotal(id, sum[0], (int) sum[1])));
        return totals;
    }

    /** Adds a new entry (first zone, origin and location) and selects it; false while the topology cannot have one. */
    public boolean add() {
        Optional<Demand> fresh = DemandEdits.newEntry(document.topology());
        if (fresh.isEmpty()) {
            return false;
        }
        document.commands().execute("Add demand entry", t -> DemandEdits.add(t, fresh.get()));
        selected.set(entries.get(entries.size() - 1));
        return true;
    }

    public void remove(Collection<Integer> indices) {
        if (indices.isEmpty()) {
            return;
        }
        document.commands().execute(indices.size() == 1 ? "Delete demand entry"
                : "Delete " + indices.size() + " demand entries", t -> DemandEdits.remove(t, indices));
    }

    public void setZone(int index, String zone) {
        change(index, "Set demand zone", d -> new Demand(zone, d.origin(), d.location(), d.dataCenter(),
                d.connections(), d.family()));
    }

    /** Sets the origin; an origin with only an IPv6 address takes the entry to IPv6, as it can carry nothing else. */
    public void setOrigin(int index, String origin) {
        Family family = document.topology().origin(origin).filter(o -> o.ipv4() == null && o.ipv6() != null)
                .map(o -> Family.IPV6).orElse(null);
        change(index, "Set demand origin", d -> new Demand(d.zone(), origin, d.location(), d.dataCenter(),
                d.connections(), family != null ? family : d.family()));
    }

    public void setPlace(int index, DemandPlace place) {
        change(index, "Set demand place", d -> place.isLocation() ? DemandEdits.inLocation(d, place.id())
                : DemandEdits.inDataCenter(d, place.id()));
    }

    public void setFamily(int index, Family family) {
        change(index, "Set demand family", d -> new Demand(d.zone(), d.origin(), d.location(), d.dataCenter(),
                d.connections(), family == Family.IPV4 && d.family() == null ? null : family));
    }

    /**
     * Sets the connections from what the planner typed ("24,000" too).
     *
     * @return why the text is refused, or empty when it was stored
     */
    public Optional<String> setConnections(int index, String typed) {
        Optional<Double> value = ConnectionsText.parse(typed);
        if (value.isEmpty()) {
            return Optional.of(ConnectionsText.REFUSAL);
        }
        change(index, "Set demand connections", d -> d.withConnections(value.get()));
        return Optional.empty();
    }

    private void change(int index, String label, UnaryOperator<Demand> edit) {
        document.commands().execute(label, t -> index < t.demand().size()
                ? DemandEdits.replace(t, index, edit.apply(t.demand().get(index))) : t);
        document.commands().endCoalescing();
    }

    /** Takes in entries read from a file, as one undoable step. */
    public void importEntries(List<Demand> imported, DemandEdits.Import mode, String fileName) {
        document.commands().execute((mode == DemandEdits.Import.REPLACE ? "Replace demand with " : "Add demand from ")
                + fileName, t -> DemandEdits.importing(t, imported, mode));
    }

    public Topology topology() {
        return document.topology();
    }

    public ObservableList<Entry> entries() {
        return entriesView;
    }

    public ObservableList<String> zones() {
        return zonesView;
    }

    public ObservableList<String> origins() {
        return originsView;
    }

    /** Every location, each followed by its data centers: where an entry may land. */
    public ObservableList<DemandPlace> places() {
        return placesView;
    }

    public ObservableList<DemandTotal> zoneTotals() {
        return zoneTotalsView;
    }

    public ObservableList<DemandTotal> originTotals() {
        return originTotalsView;
    }

    /** The entry the editor under the table shows, or null. */
    public ObjectProperty<Entry> selectedProperty() {
        return selected;
    }
}
