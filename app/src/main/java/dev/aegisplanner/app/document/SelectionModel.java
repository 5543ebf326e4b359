package dev.aegisplanner.app.document;

import dev.aegisplanner.model.topology.ElementRef;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** What the planner has selected, by reference, so a selection survives edits that rebuild the topology. */
public final class SelectionModel {

    private final ObservableSet<ElementRef> selected = FXCollections.observableSet(new LinkedHashSet<>());
    /**
     * One read-only view for everybody: the wrapper listens to the set weakly, so listeners added to a
     * wrapper made per call would silently stop firing once that wrapper is collected.
     */
    private final ObservableSet<ElementRef> readOnly = FXCollections.unmodifiableObservableSet(selected);

    public ObservableSet<ElementRef> selected() {
        return readOnly;
    }

    public Set<ElementRef> snapshot() {
        return Set.copyOf(selected);
    }

    public boolean isSelected(ElementRef ref) {
        return selected.contains(ref);
    }

    public void select(ElementRef ref) {
        if (selected.size() == 1 && selected.contains(ref)) {
            return;
        }
        selected.clear();
        selected.add(ref);
    }

    public void selectAll(Collection<ElementRef> refs) {
        selected.clear();
        selected.addAll(refs);
    }

    public void add(ElementRef ref) {
        selected.add(ref);
    }

    public void toggle(ElementRef ref) {
        if (!selected.remove(ref)) {
            selected.add(ref);
        }
    }

    public void clear() {
        selected.clear();
    }

    /** Drops references to elements that no longer exist (after a delete or an undo). */
    public void retainExisting(java.util.function.Predicate<ElementRef> exists) {
        selected.removeIf(ref -> !exists.test(ref));
    }
}
