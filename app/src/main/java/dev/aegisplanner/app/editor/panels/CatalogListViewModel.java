package dev.aegisplanner.app.editor.panels;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.edit.Catalog;
import dev.aegisplanner.model.edit.CatalogEdits;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A side panel over one catalog (zones, origins, links, scenarios): the entries, adding a new one and
 * removing one (each an undoable step), and which entry the selection names. Entries are edited in the
 * property sheet.
 */
public final class CatalogListViewModel<T> {

    /** What a row shows. */
    public record Row<T>(T entry, String title, String detail) {
    }

    private final TopologyDocument document;
    private final SelectionModel selection;
    private final Catalog<T> catalog;
    private final Function<Topology, Optional<T>> fresh;
    private final Function<T, String> detail;
    private final ObservableList<Row<T>> rows = FXCollections.observableArrayList();
    /** Read-only view handed out once: listeners on a fresh wrapper per call would be dropped with it. */
    private final ObservableList<Row<T>> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<String> selectedId = new ReadOnlyObjectWrapper<>();

    /**
     * @param fresh a new entry for this topology (with an unused id), or empty when one cannot be made yet
     *     (a link needs two locations)
     */
    public CatalogListViewModel(TopologyDocument document, SelectionModel selection, Catalog<T> catalog,
                                Function<Topology, Optional<T>> fresh, Function<T, String> detail) {
        this.document = document;
        this.selection = selection;
        this.catalog = catalog;
        this.fresh = fresh;
        this.detail = detail;
        document.topologyProperty().addListener((obs, old, next) -> update(next));
        selection.selectionProperty().addListener((obs, old, now) -> updateSelected());
        update(document.topology());
        updateSelected();
    }

    private void update(Topology topology) {
        List<Row<T>> next = catalog.entries().apply(topology).stream()
                .map(e -> new Row<>(e, catalog.idOf().apply(e), detail.apply(e))).toList();
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
    }

    private void updateSelected() {
        selectedId.set(selection.selected().size() == 1
                ? selection.selected().stream().filter(r -> r.kind() == catalog.kind()).map(ElementRef::id)
                        .findFirst().orElse(null)
                : null);
    }

    public ObservableList<Row<T>> rows() {
        return rowsView;
    }

    /** The id of the entry that is the whole selection, or null. */
    public ReadOnlyObjectProperty<String> selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    public String noun() {
        return catalog.kind().noun();
    }

    /** Adds a new entry and selects it for editing; false when none can be made yet. */
    public boolean add() {
        Optional<T> entry = fresh.apply(document.topology());
        if (entry.isEmpty()) {
            return false;
        }
        ElementRef ref = catalog.refOf(entry.get());
        document.commands().execute("Add " + ref, t -> CatalogEdits.add(t, catalog, entry.get()));
        selection.select(ref);
        return true;
    }

    public void remove(T entry) {
        ElementRef ref = catalog.refOf(entry);
        document.commands().execute("Delete " + ref, t -> CatalogEdits.remove(t, catalog, ref.id()));
    }

    public void edit(T entry) {
        selection.select(catalog.refOf(entry));
    }
}
