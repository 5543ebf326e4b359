package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Adding, changing and removing pools, zones, origins, links and scenarios. Changing an entry's id carries
 * the references along (a renamed pool stays the pool of its zones, a renamed zone or origin stays in its
 * scenarios). An edit that would give two entries one id changes nothing: callers check first and say why.
 */
public final class CatalogEdits {

    private CatalogEdits() {
    }

    /** Appends an entry; the same topology when its id is taken. */
    public static <T> Topology add(Topology topology, Catalog<T> catalog, T entry) {
        if (catalog.contains(topology, catalog.idOf().apply(entry))) {
            return topology;
        }
        List<T> next = new ArrayList<>(catalog.entries().apply(topology));
        next.add(entry);
        return catalog.withEntries().apply(topology, next);
    }

    /** Removes the entry with the id; references to it stay, so validation shows what still needs it. */
    public static <T> Topology remove(Topology topology, Catalog<T> catalog, String id) {
        List<T> entries = catalog.entries().apply(topology);
        List<T> next = entries.stream().filter(e -> !catalog.idOf().apply(e).equals(id)).toList();
        return next.size() == entries.size() ? topology : catalog.withEntries().apply(topology, next);
    }

    /**
     * Replaces the entry with the id by {@code change} of it. When the id changes, references follow; when
     * the new id belongs to another entry, nothing changes.
     */
    public static <T> Topology update(Topology topology, Catalog<T> catalog, String id, UnaryOperator<T> change) {
        T old = catalog.find(topology, id).orElse(null);
        if (old == null) {
            return topology;
        }
        T updated = change.apply(old);
        String newId = catalog.idOf().apply(updated);
        if (!newId.equals(id) && catalog.contains(topology, newId)) {
            return topology;
        }
        List<T> next = ElementUpdates.replaceWhere(catalog.entries().apply(topology), e -> e == old, e -> updated);
        if (next == catalog.entries().apply(topology)) {
            return topology;
        }
        Topology changed = catalog.withEntries().apply(topology, next);
        return newId.equals(id) ? changed
                : UnknownFieldMoves.afterIdChange(topology, followRename(changed, catalog, id, newId), catalog.kind(), id, newId);
    }

    /** Adds an address to a pool; the same topology when the pool already has it or does not exist. */
    public static Topology addPoolAddress(Topology topology, String poolId, String address) {
        return update(topology, Catalog.POOLS, poolId, pool -> {
            if (pool.addresses().contains(address)) {
                return pool;
            }
            List<String> addresses = new ArrayList<>(pool.addresses());
            addresses.add(address);
            return pool.withAddresses(addresses);
        });
    }

    /** Removes an address from a pool. Servers that hold it keep it, and validation reports them. */
    public static Topology removePoolAddress(Topology topology, String poolId, String address) {
        return update(topology, Catalog.POOLS, poolId, pool ->
                pool.withAddresses(pool.addresses().stream().filter(a -> !a.equals(address)).toList()));
    }

    private static <T> Topology followRename(Topology topology, Catalog<T> catalog, String oldId, String newId) {
        return switch (catalog.kind()) {
            case POOL -> topology.withZones(ElementUpdates.replaceWhere(topology.zones(),
                    z -> oldId.equals(z.pool()), z -> new Zone(z.id(), newId, z.regions())));
            case ZONE -> topology.withScenarios(ElementUpdates.replaceWhere(topology.scenarios(),
                    s -> oldId.equals(s.zone()), s -> scenario(s, newId, s.origin())));
            case ORIGIN -> topology.withScenarios(ElementUpdates.replaceWhere(topology.scenarios(),
                    s -> oldId.equals(s.origin()), s -> scenario(s, s.zone(), newId)));
            default -> topology;
        };
    }

    private static Scenario scenario(Scenario s, String zone, String origin) {
        return new Scenario(s.id(), s.name(), s.description(), zone, origin, s.ingressServer(), s.family(), s.expect());
    }
}
