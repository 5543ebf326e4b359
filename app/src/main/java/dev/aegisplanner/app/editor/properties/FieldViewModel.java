package dev.aegisplanner.app.editor.properties;

import dev.aegisplanner.app.command.CommandStack;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One row of the property sheet. The editor reports what is typed ({@link #check}) and asks to store it
 * ({@link #commit}); a refused text shows its problem and never reaches the undo stack.
 */
public final class FieldViewModel {

    private final ElementField field;
    private final CommandStack commands;
    private final Consumer<ElementRef> renamed;
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    /** Read-only view handed out once: listeners on a fresh wrapper per call would be dropped with it. */
    private final ObservableList<String> choicesView = FXCollections.unmodifiableObservableList(choices);

    FieldViewModel(ElementField field, CommandStack commands, Consumer<ElementRef> renamed) {
        this.field = field;
        this.commands = commands;
        this.renamed = renamed;
        refresh(commands.topology());
    }

    void refresh(Topology topology) {
        value.set(field.read(topology));
        if (field.isChoice()) {
            var next = field.choices(topology);
            if (!next.equals(choices)) {
                choices.setAll(next);
            }
        }
    }

    /** Validates a draft as it is typed; the problem shows at once, nothing is stored. */
    public boolean check(String draft) {
        Optional<String> why = draft.equals(value.get()) ? Optional.empty() : field.problem(commands.topology(), draft);
        problem.set(why.orElse(""));
        return why.isEmpty();
    }

    /** Stores a draft as one undoable step; returns false (and keeps the problem shown) when it is refused. */
    public boolean commit(String draft) {
        if (!field.isEditable() || !check(draft)) {
            return false;
        }
        if (draft.equals(value.get())) {
            return true;
        }
        boolean changed = commands.execute(field.editLabel(), t -> field.apply(t, draft));
        if (changed) {
            field.renamedTo(draft).ifPresent(renamed);
        }
        refresh(commands.topology());
        return true;
    }

    /** Forgets a refused draft (Escape). */
    public void revert() {
        problem.set("");
    }

    public String name() {
        return field.name();
    }

    public String category() {
        return field.category();
    }

    public String description() {
        return field.description();
    }

    public boolean isEditable() {
        return field.isEditable();
    }

    public String prompt() {
        return field.prompt();
    }

    public boolean isChoice() {
        return field.isChoice();
    }

    public ObservableList<String> choices() {
        return choicesView;
    }

    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** Why the last draft was refused, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
