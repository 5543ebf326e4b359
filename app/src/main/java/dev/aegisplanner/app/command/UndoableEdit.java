package dev.aegisplanner.app.command;

import dev.aegisplanner.model.topology.Topology;
import java.util.Objects;

/**
 * One step on the undo stack. Topologies are immutable values that share unchanged parts, so an edit keeps
 * the document before and after itself: undo and redo are exact by construction, and cheap.
 *
 * @param label what the Edit menu shows after "Undo" / "Redo", e.g. "Move 3 servers"
 * @param coalesceKey edits with the same non-null key, pushed one after another, merge into one step (a drag,
 *     typing in a field); {@code null} never merges
 */
public record UndoableEdit(String label, Topology before, Topology after, Object coalesceKey) {

    public UndoableEdit {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    UndoableEdit mergedWith(UndoableEdit next) {
        return new UndoableEdit(next.label, before, next.after, coalesceKey);
    }
}
