package dev.aegisplanner.app.command;

import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one way to change a document's topology. Every change is an {@link UndoableEdit}; a change that
 * changes nothing (the operator returns the same value) never reaches the stack.
 *
 * <p>Listeners of {@link #topologyProperty()} must not execute edits while being notified: that would
 * interleave two changes in one step, so it fails loudly.
 */
public final class CommandStack {

    private final ReadOnlyObjectWrapper<Topology> topology;
    private final Deque<UndoableEdit> undo = new ArrayDeque<>();
    private final Deque<UndoableEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    /** Bumped on every change of the topology; the document compares it with the saved revision. */
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(0);
    private boolean busy;
    private boolean coalescingOpen = true;

    public CommandStack(Topology initial) {
        this.topology = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(initial));
    }

    public Topology topology() {
        return topology.get();
    }

    public ReadOnlyObjectProperty<Topology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    /** Applies a change as one undoable step; returns whether anything changed. */
    public boolean execute(String label, UnaryOperator<Topology> change) {
        return execute(label, null, change);
    }

    /**
     * Applies a change; when the previous step has the same {@code coalesceKey} and no
     * {@link #endCoalescing()} came between, the two become one step.
     */
    public boolean execute(String label, Object coalesceKey, UnaryOperator<Topology> change) {
        Topology before = topology.get();
        Topology after = change.apply(before);
        if (after == null || after == before) {
            return false;
        }
        UndoableEdit edit = new UndoableEdit(label, before, after, coalesceKey);
        UndoableEdit top = undo.peek();
        if (coalesceKey != null && coalescingOpen && top != null && coalesceKey.equals(top.coalesceKey())) {
            undo.pop();
            edit = top.mergedWith(edit);
        }
        undo.push(edit);
        redo.clear();
        coalescingOpen = true;
        show(after);
        return true;
    }

    /** Ends the current run of coalescing edits (mouse released, field committed). */
    public void endCoalescing() {
        coalescingOpen = false;
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        UndoableEdit edit = undo.pop();
        redo.push(edit);
        coalescingOpen = false;
        show(edit.before());
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        UndoableEdit edit = redo.pop();
        undo.push(edit);
        coalescingOpen = false;
        show(edit.after());
    }

    /** Replaces the whole document (open, new); forgets the history because it belongs to another file. */
    public void reset(Topology replacement) {
        undo.clear();
        redo.clear();
        show(Objects.requireNonNull(replacement));
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Move 3 servers", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public int undoDepth() {
        return undo.size();
    }

    private void show(Topology next) {
        if (busy) {
            throw new IllegalStateException("An edit was executed while another edit was being applied");
        }
        busy = true;
        try {
            canUndo.set(!undo.isEmpty());
            canRedo.set(!redo.isEmpty());
            undoLabel.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().label());
            redoLabel.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().label());
            revision.set(revision.get() + 1);
            topology.set(next);
        } finally {
            busy = false;
        }
    }
}
