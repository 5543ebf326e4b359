package dev.aegisplanner.app.editor.assign;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.edit.IpAssignments;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The egress-IP checklist of the one selected server: every IPv4 address of every pool, ticked when the
 * server holds it, plus any address it holds that no pool has (so it can be taken away). Ticking or
 * unticking is one undoable step.
 */
public final class ServerIpsViewModel {

    private final TopologyDocument document;
    private final SelectionModel selection;
    private final ObservableList<IpChoice> choices = FXCollections.observableArrayList();
    /** Read-only view handed out once: listeners on a fresh wrapper per call would be dropped with it. */
    private final ObservableList<IpChoice> choicesView = FXCollections.unmodifiableObservableList(choices);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private String serverId;

    public ServerIpsViewModel(TopologyDocument document, SelectionModel selection) {
        this.document = document;
        this.selection = selection;
        selection.selectionProperty().addListener((obs, old, now) -> update());
        document.topologyProperty().addListener((obs, old, next) -> update());
        update();
    }

    private void update() {
        Optional<Server> server = selectedServer(document.topology());
        serverId = server.map(Server::id).orElse(null);
        available.set(server.isPresent());
        List<IpChoice> next = server.map(s -> checklist(document.topology(), s)).orElse(List.of());
        if (!next.equals(choices)) {
            choices.setAll(next);
        }
    }

    private Optional<Server> selectedServer(Topology topology) {
        if (selection.selected().size() != 1) {
            return Optional.empty();
        }
        ElementRef ref = selection.selected().iterator().next();
        if (ref.kind() != ElementKind.SERVER) {
            return Optional.empty();
        }
        return topology.index().server(ref.id()).map(ServerPlace::server);
    }

    static List<IpChoice> checklist(Topology topology, Server server) {
        Map<String, String> poolOf = new LinkedHashMap<>();
        for (Pool pool : topology.pools()) {
            IpAssignments.assignableAddresses(pool).forEach(a -> poolOf.putIfAbsent(a, pool.id()));
        }
        List<IpChoice> list = new ArrayList<>();
        poolOf.forEach((address, pool) -> list.add(new IpChoice(address, pool, server.egressIps().contains(address))));
        server.egressIps().stream().filter(ip -> !poolOf.containsKey(ip))
                .forEach(ip -> list.add(new IpChoice(ip, null, true)));
        return list;
    }

    /** Ticks or unticks an address on the selected server. */
    public void setAssigned(String address, boolean assigned) {
        if (serverId == null) {
            return;
        }
        List<String> one = List.of(address);
        List<String> server = List.of(serverId);
        if (assigned) {
            document.commands().execute(new AssignmentPlan(one, server).label(),
                    t -> IpAssignments.assign(t, one, server));
        } else {
            document.commands().execute("Unassign " + address + " from " + serverId,
                    t -> IpAssignments.unassign(t, one, server));
        }
    }

    public ObservableList<IpChoice> choices() {
        return choicesView;
    }

    /** Whether exactly one server is selected. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }
}
