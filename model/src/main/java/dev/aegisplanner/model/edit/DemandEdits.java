package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Edits of a topology's demand (PRODUCT.md section 7), by position in the {@code demand} array: entries have no
 * id, and two entries with the same keys are both kept (they add up). Every edit returns the same topology when
 * it would change nothing, so a no-op never reaches the undo stack.
 */
public final class DemandEdits {

    /** How an imported demand file meets the demand a topology already has. */
    public enum Import {
        /** The file describes the same traffic as the entries it replaces: an analytics export of the peak. */
        REPLACE,
        /** The file adds traffic the topology does not describe yet. */
        ADD
    }

    /** The connections a new entry starts with: a round figure the planner overwrites. */
    public static final double NEW_ENTRY_CONNECTIONS = 1_000;

    private DemandEdits() {
    }

    /**
     * A new entry for the topology: its first zone, the first origin with an IPv4 address (else the first
     * origin, for IPv6), in its first location. Empty while the topology has no zone, origin or location.
     */
    public static Optional<Demand> newEntry(Topology topology) {
        Optional<Zone> zone = topology.zones().stream().findFirst();
        Optional<Location> location = topology.locations().stream().findFirst();
        Optional<Origin> origin = topology.origins().stream().filter(o -> o.ipv4() != null).findFirst()
                .or(() -> topology.origins().stream().findFirst());
        if (zone.isEmpty() || location.isEmpty() || origin.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Demand(zone.get().id(), origin.get().id(), location.get().id(), null,
                NEW_ENTRY_CONNECTIONS, origin.get().ipv4() == null ? Family.IPV6 : null));
    }

    public static Topology add(Topology topology, Demand entry) {
        List<Demand> next = new ArrayList<>(topology.demand());
        next.add(Objects.requireNonNull(entry, "entry"));
        return topology.withDemand(next);
    }

    /**
     * Replaces the entry at {@code index}; the same topology when the entry is equal to it.
     *
     * @throws IndexOutOfBoundsException when there is no entry at {@code index}
     */
    public static Topology replace(Topology topology, int index, Demand entry) {
        Objects.requireNonNull(entry, "entry");
        if (topology.demand().get(index).equals(entry)) {
            return topology;
        }
        List<Demand> next = new ArrayList<>(topology.demand());
        next.set(index, entry);
        return topology.withDemand(next);
    }

    /** Removes the entries at these positions; positions with no entry are ignored. */
    public static Topology remove(Topology topology, Collection<Integer> indices) {
        Set<Integer> gone = new TreeSet<>(indices);
        List<Demand> next = new ArrayList<>(topology.demand().size());
        for (int i = 0; i < topology.demand().size(); i++) {
            if (!gone.contains(i)) {
                next.add(topology.demand().get(i));
            }
        }
        return next.size() == topology.demand().size() ? topology : topology.withDemand(next);
    }

    /** Takes in entries read from a demand file, replacing the topology's demand or added after it. */
    public static Topology importing(Topology topology, List<Demand> entries, Import mode) {
        List<Demand> next = new ArrayList<>(mode == Import.ADD ? topology.demand() : List.of());
        next.addAll(entries);
        return next.equals(topology.demand()) ? topology : topology.withDemand(next);
    }

    /** The entry placed in a location instead of wherever it was. */
    public static Demand inLocation(Demand entry, String location) {
        return new Demand(entry.zone(), entry.origin(), location, null, entry.connections(), entry.family());
    }

    /** The entry placed in a data center instead of wherever it was. */
    public static Demand inDataCenter(Demand entry, String dataCenter) {
        return new Demand(entry.zone(), entry.origin(), null, dataCenter, entry.connections(), entry.family());
    }
}
