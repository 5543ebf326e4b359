package dev.aegisplanner.app.document;

import dev.aegisplanner.app.command.CommandStack;
import dev.aegisplanner.model.topology.Topology;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The open document: its topology (through the command stack, the only way to change it), the file it
 * belongs to, and whether it has changed since it was last saved or opened. Topologies are immutable values
 * and undo puts back the very value an edit replaced, so "unchanged" is "the same value as the one saved":
 * undoing back to the saved state clears the dirty mark, redoing past it sets it again.
 */
public final class TopologyDocument {

    private final CommandStack commands;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Topology> saved = new SimpleObjectProperty<>();
    private final ReadOnlyLongWrapper replacements = new ReadOnlyLongWrapper();
    private final BooleanBinding dirty;

    public TopologyDocument(Topology initial, Path file) {
        this.commands = new CommandStack(initial);
        this.file.set(file);
        this.saved.set(initial);
        this.dirty = Bindings.createBooleanBinding(() -> commands.topology() != saved.get(),
                commands.topologyProperty(), saved);
    }

    public CommandStack commands() {
        return commands;
    }

    public Topology topology() {
        return commands.topology();
    }

    public ReadOnlyObjectProperty<Topology> topologyProperty() {
        return commands.topologyProperty();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path file() {
        return file.get();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Replaces the document with another file's content; the history goes with the old content. */
    public void replace(Topology topology, Path newFile) {
        commands.reset(topology);
        file.set(newFile);
        markSaved();
        replacements.set(replacements.get() + 1);
    }

    /**
     * Counts the times the document was replaced by other content (open, new, a sample): views that frame
     * the whole topology, or show something that belonged to the old content, start over when it changes.
     */
    public ReadOnlyLongProperty replacementsProperty() {
        return replacements.getReadOnlyProperty();
    }

    /**
     * Records that what is shown now is what is on disk. The next edit starts a step of its own, so that
     * undoing it comes back to exactly this state (typing on in a field would otherwise merge into the step
     * that was saved).
     */
    public void markSaved() {
        saved.set(commands.topology());
        commands.endCoalescing();
    }
}
