package dev.aegisplanner.app.editor.panels;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.properties.FieldChecks;
import dev.aegisplanner.model.edit.Catalog;
import dev.aegisplanner.model.edit.CatalogEdits;
import dev.aegisplanner.model.edit.IpAssignments;
import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Pools panel: pools with their addresses and how many servers hold each; adding and removing pools
 * and addresses (each one undoable step); what a drag from a row carries.
 */
public final class PoolsViewModel {

    private final TopologyDocument document;
    private final SelectionModel selection;
    private final ObservableList<PoolEntry> pools = FXCollections.observableArrayList();
    /** Read-only view handed out once: listeners on a fresh wrapper per call would be dropped with it. */
    private final ObservableList<PoolEntry> poolsView = FXCollections.unmodifiableObservableList(pools);
    private final ReadOnlyStringWrapper addressProblem = new ReadOnlyStringWrapper("");
    /** Per address, how many servers hold it. */
    private final Map<String, Integer> holders = new HashMap<>();

    public PoolsViewModel(TopologyDocument document, SelectionModel selection) {
        this.document = document;
        this.selection = selection;
        document.topologyProperty().addListener((obs, old, next) -> update(old, next));
        update(null, document.topology());
    }

    /** Counts the servers holding each address: after an edit, only from the servers the edit changed. */
    private void update(Topology old, Topology topology) {
        boolean followed = old != null && topology.index().forEachChangedServer(old, (before, after) -> {
            before.egressIps().forEach(ip -> holders.merge(ip, -1, Integer::sum));
            after.egressIps().forEach(ip -> holders.merge(ip, 1, Integer::sum));
        });
        if (!followed) {
            holders.clear();
            topology.servers().map(Server::egressIps).flatMap(List::stream).forEach(ip -> holders.merge(ip, 1, Integer::sum));
        }
        List<PoolEntry> next = topology.pools().stream().map(p -> new PoolEntry(p, p.addresses().stream()
                .map(a -> new PoolEntry.AddressEntry(p.id(), a, kindOf(a), holders.getOrDefault(a, 0))).toList())).toList();
        if (!next.equals(pools)) {
            pools.setAll(next);
        }
    }

    private static String kindOf(String address) {
        return IpAddress.parse(address).map(a -> a.isIpv4() ? "IPv4" : a.isPrefix() ? "IPv6 prefix" : "IPv6")
                .orElse("not an address");
    }

    public ObservableList<PoolEntry> pools() {
        return poolsView;
    }

    /** Adds an empty leased pool and opens it in the property sheet. */
    public String addPool() {
        String id = Catalog.POOLS.freshId(document.topology(), "pool");
        document.commands().execute("Add pool " + id,
                t -> CatalogEdits.add(t, Catalog.POOLS, new Pool(id, null, PoolSource.LEASED, List.of())));
        edit(id);
        return id;
    }

    public void removePool(String id) {
        document.commands().execute("Delete pool " + id, t -> CatalogEdits.remove(t, Catalog.POOLS, id));
    }

    /** Shows the pool in the property sheet. */
    public void edit(String poolId) {
        selection.select(new ElementRef(ElementKind.POOL, poolId));
    }

    /** Selects the servers that hold an address, so the canvas shows where it is deployed. */
    public void selectHolders(String address) {
        selection.selectAll(document.topology().servers().filter(s -> s.egressIps().contains(address))
                .map(s -> ElementRef.server(s.id())).toList());
    }

    /** Checks an address as it is typed; the reason shows at once. */
    public boolean checkAddress(String text) {
        Optional<String> problem = text.isBlank() ? Optional.empty() : addressProblem(text.strip());
        addressProblem.set(problem.orElse(""));
        return problem.isEmpty() && !text.isBlank();
    }

    private Optional<String> addressProblem(String address) {
        Optional<String> syntax = FieldChecks.poolAddress(address);
        if (syntax.isPresent()) {
            return syntax;
        }
        return document.topology().pools().stream().filter(p -> p.addresses().contains(address)).findFirst()
                .map(p -> address + " is already in pool " + p.id());
    }

    /** Adds a typed address to a pool; false (with the reason shown) when it is refused. */
    public boolean addAddress(String poolId, String text) {
        if (poolId == null || !checkAddress(text)) {
            return false;
        }
        String address = text.strip();
        return document.commands().execute("Add " + address + " to pool " + poolId,
                t -> CatalogEdits.addPoolAddress(t, poolId, address));
    }

    public void removeAddress(String poolId, String address) {
        document.commands().execute("Remove " + address + " from pool " + poolId,
                t -> CatalogEdits.removePoolAddress(t, poolId, address));
    }

    /** What dragging a pool row carries: its IPv4 addresses (IPv6 is everywhere and never assigned). */
    public List<String> dragged(PoolEntry entry) {
        return IpAssignments.assignableAddresses(entry.pool());
    }

    public List<String> dragged(PoolEntry.AddressEntry entry) {
        return entry.assignable() ? List.of(entry.address()) : List.of();
    }

    public ReadOnlyStringProperty addressProblemProperty() {
        return addressProblem.getReadOnlyProperty();
    }
}
