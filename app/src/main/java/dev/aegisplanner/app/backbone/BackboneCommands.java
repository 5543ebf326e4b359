package dev.aegisplanner.app.backbone;

import dev.aegisplanner.app.command.CommandStack;
import dev.aegisplanner.model.edit.LinkEdits;
import dev.aegisplanner.model.topology.Link;

/** Connects a backbone view to a document's command stack: it shows the topology, and its edits become undoable steps. */
public final class BackboneCommands {

    private BackboneCommands() {
    }

    public static void connect(BackboneView view, CommandStack commands) {
        view.topologyProperty().bind(commands.topologyProperty());
        view.setOnCreateLink(link -> commands.execute("Add link " + ends(link), t -> LinkEdits.add(t, link)));
        view.setOnChangeLatency(link -> commands.execute("Change latency of " + ends(link),
                t -> LinkEdits.setLatency(t, link.from(), link.to(), link.latencyMs())));
        view.setOnDeleteLink(link -> commands.execute("Delete link " + ends(link),
                t -> LinkEdits.remove(t, link.from(), link.to())));
    }

    private static String ends(Link link) {
        return link.from() + " \u2013 " + link.to();
    }
}
