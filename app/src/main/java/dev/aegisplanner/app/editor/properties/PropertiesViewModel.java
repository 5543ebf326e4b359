package dev.aegisplanner.app.editor.properties;

import dev.aegisplanner.model.text.Counts;
import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the property sheet shows: the fields of the selected element (or of the document when nothing is
 * selected). Fields are rebuilt when the selection changes and refreshed in place when the topology does,
 * so undo and redo show at once without disturbing the sheet.
 */
public final class PropertiesViewModel {

    private final TopologyDocument document;
    private final SelectionModel selection;
    private final ObservableList<FieldViewModel> fields = FXCollections.observableArrayList();
    /** Read-only view handed out once: listeners on a fresh wrapper per call would be dropped with it. */
    private final ObservableList<FieldViewModel> fieldsView = FXCollections.unmodifiableObservableList(fields);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Set<ElementRef> shown = Set.of();

    public PropertiesViewModel(TopologyDocument document, SelectionModel selection) {
        this.document = document;
        this.selection = selection;
        selection.selectionProperty().addListener((obs, old, now) -> rebuildIfChanged());
        document.topologyProperty().addListener((obs, old, next) -> refresh(next));
        rebuild();
    }

    private void rebuildIfChanged() {
        if (selection.selected() != shown) {
            rebuild();
        }
    }

    private void rebuild() {
        shown = selection.snapshot();
        List<ElementRef> refs = List.copyOf(selection.selected());
        Topology topology = document.topology();
        List<ElementField> next;
        if (refs.isEmpty()) {
            next = ElementFields.ofDocument();
            title.set("Topology");
        } else if (refs.size() == 1) {
            next = ElementFields.of(refs.get(0), topology);
            title.set(capitalized(refs.get(0).toString()));
        } else {
            next = ElementFields.ofAll(refs);
            title.set(Counts.of(refs.size(), "element") + " selected");
        }
        List<FieldViewModel> models = next.stream()
                .map(f -> new FieldViewModel(f, document.commands(), selection::select)).toList();
        models.forEach(m -> m.problemProperty().addListener((obs, old, text) -> updateProblem()));
        fields.setAll(models);
        problem.set("");
    }

    private void refresh(Topology topology) {
        if (shown.size() == 1) {
            ElementRef ref = shown.iterator().next();
            if (!exists(ref)) {
                return;
            }
            // A data center's capacity rows follow the addresses its servers hold: new rows, new sheet.
            List<String> names = ElementFields.of(ref, topology).stream().map(ElementField::name).toList();
            if (!names.equals(fields.stream().map(FieldViewModel::name).toList())) {
                rebuild();
                return;
            }
        }
        fields.forEach(f -> f.refresh(topology));
    }

    private boolean exists(ElementRef ref) {
        return document.topology().index().contains(ref);
    }

    private void updateProblem() {
        problem.set(fields.stream().filter(f -> !f.problemProperty().get().isEmpty())
                .map(f -> f.problemProperty().get().startsWith(f.name()) ? f.problemProperty().get()
                        : f.name() + ": " + f.problemProperty().get())
                .findFirst().orElse(""));
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public ObservableList<FieldViewModel> fields() {
        return fieldsView;
    }

    /** "Server fra1-s1", "Topology", "3 elements selected". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The first refused draft's reason, naming its field, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
