package dev.aegisplanner.app.document;

import dev.aegisplanner.model.topology.ElementRef;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the planner has selected, by reference, so a selection survives edits that rebuild the topology. The
 * selection is an immutable set that every change replaces as a whole: selecting 100,000 servers is one change
 * and one event, and a listener reads the new set once ({@link #selectionProperty()}), never element by element.
 */
public final class SelectionModel {

    private final ReadOnlyObjectWrapper<Set<ElementRef>> selection = new ReadOnlyObjectWrapper<>(this, "selection", Set.of());

    /** The selection, replaced (never changed in place) by every change: listen to it for one event per change. */
    public ReadOnlyObjectProperty<Set<ElementRef>> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** What is selected now, in the order it was selected: an immutable set, cheap to keep. */
    public Set<ElementRef> selected() {
        return selection.get();
    }

    /** The same as {@link #selected()}: the set never changes, so it is its own snapshot. */
    public Set<ElementRef> snapshot() {
        return selection.get();
    }

    public boolean isSelected(ElementRef ref) {
        return selection.get().contains(ref);
    }

    public void select(ElementRef ref) {
        Set<ElementRef> now = selection.get();
        if (now.size() != 1 || !now.contains(ref)) {
            selection.set(Set.of(ref));
        }
    }

    public void selectAll(Collection<ElementRef> refs) {
        replace(new LinkedHashSet<>(refs));
    }

    public void add(ElementRef ref) {
        if (!isSelected(ref)) {
            Set<ElementRef> next = new LinkedHashSet<>(selection.get());
            next.add(ref);
            replace(next);
        }
    }

    public void toggle(ElementRef ref) {
        Set<ElementRef> next = new LinkedHashSet<>(selection.get());
        if (!next.remove(ref)) {
            next.add(ref);
        }
        replace(next);
    }

    public void clear() {
        if (!selection.get().isEmpty()) {
            selection.set(Set.of());
        }
    }

    /** Drops references to elements that no longer exist (after a delete or an undo); no event when none went. */
    public void retainExisting(Predicate<ElementRef> exists) {
        Set<ElementRef> now = selection.get();
        if (now.stream().allMatch(exists)) {
            return;
        }
        // What stays is collected afresh: after deleting 100,000 selected elements, copying them all to remove
        // them one by one took longer than the delete.
        Set<ElementRef> kept = new LinkedHashSet<>();
        for (ElementRef ref : now) {
            if (exists.test(ref)) {
                kept.add(ref);
            }
        }
        replace(kept);
    }

    private void replace(Set<ElementRef> next) {
        if (!next.equals(selection.get())) {
            selection.set(next.isEmpty() ? Set.of() : Collections.unmodifiableSet(next));
        }
    }
}
