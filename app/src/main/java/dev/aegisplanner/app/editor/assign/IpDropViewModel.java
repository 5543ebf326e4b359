package dev.aegisplanner.app.editor.assign;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.edit.IpAssignments;
import dev.aegisplanner.model.topology.ElementRef;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What dropping addresses on the canvas does: on a server, that server gets them; on a data center or
 * location, all its servers; on anything that is part of the selection, every selected server. One drop is
 * one undoable step.
 */
public final class IpDropViewModel {

    private final TopologyDocument document;
    private final SelectionModel selection;
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");

    public IpDropViewModel(TopologyDocument document, SelectionModel selection) {
        this.document = document;
        this.selection = selection;
    }

    /** The assignment a drop on {@code target} would make, or empty when it reaches no server. */
    public Optional<AssignmentPlan> plan(ElementRef target, List<String> addresses) {
        if (target == null || addresses.isEmpty()) {
            return Optional.empty();
        }
        List<String> servers = IpAssignments.dropTargets(document.topology(), target, selection.snapshot());
        return servers.isEmpty() ? Optional.empty() : Optional.of(new AssignmentPlan(addresses, servers));
    }

    /** While dragging: says what a drop here would do. */
    public boolean hover(ElementRef target, List<String> addresses) {
        Optional<AssignmentPlan> plan = plan(target, addresses);
        hint.set(plan.map(p -> "Drop to " + lowerFirst(p.label())).orElse("Drop on a server, data center or location"));
        return plan.isPresent();
    }

    public boolean drop(ElementRef target, List<String> addresses) {
        hint.set("");
        return plan(target, addresses)
                .map(p -> document.commands().execute(p.label(),
                        t -> IpAssignments.assign(t, p.addresses(), p.servers())))
                .orElse(false);
    }

    public void leave() {
        hint.set("");
    }

    /** A line for the status bar while addresses are dragged over the canvas. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
