package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Changing one property of one element: names, statuses, regions, coordinates, capacity shares. Values are
 * already checked by the caller (the property sheet says what is wrong before anything is committed); an
 * edit to an element that does not exist, or to the value it already has, returns the same topology.
 */
public final class PropertyEdits {

    private PropertyEdits() {
    }

    /** Sets the display name; a blank name, or one equal to the id, means "use the id" and is stored as none. */
    public static Topology setName(Topology topology, ElementRef ref, String name) {
        String stored = name == null || name.isBlank() || name.strip().equals(ref.id()) ? null : name.strip();
        return switch (ref.kind()) {
            case LOCATION -> ElementUpdates.updateLocation(topology, ref.id(), l -> l.withName(stored));
            case DATA_CENTER -> ElementUpdates.updateDataCenter(topology, ref.id(), d -> d.withName(stored));
            case SERVER -> ElementUpdates.updateServer(topology, ref.id(), s -> s.withName(stored));
            case POOL -> CatalogEdits.update(topology, Catalog.POOLS, ref.id(),
                    p -> new Pool(p.id(), stored, p.source(), p.addresses()));
            case ORIGIN -> CatalogEdits.update(topology, Catalog.ORIGINS, ref.id(),
                    o -> new Origin(o.id(), stored, o.ipv4(), o.ipv6(), o.port(), o.lat(), o.lon()));
            case SCENARIO -> CatalogEdits.update(topology, Catalog.SCENARIOS, ref.id(),
                    s -> new Scenario(s.id(), stored, s.description(), s.zone(), s.origin(), s.ingressServer(),
                            s.family(), s.expect()));
            case ZONE, LINK -> topology;
        };
    }

    /** Sets a location, data center or server up or down. */
    public static Topology setStatus(Topology topology, ElementRef ref, Status status) {
        return switch (ref.kind()) {
            case LOCATION -> ElementUpdates.updateLocation(topology, ref.id(), l -> l.withStatus(status));
            case DATA_CENTER -> ElementUpdates.updateDataCenter(topology, ref.id(), d -> d.withStatus(status));
            case SERVER -> ElementUpdates.updateServer(topology, ref.id(), s -> s.withStatus(status));
            default -> topology;
        };
    }

    /**
     * Sets many locations, data centers and servers up or down in one edit: one walk of the tree, whatever the
     * number of elements (other kinds are left alone).
     */
    public static Topology setStatus(Topology topology, Collection<ElementRef> refs, Status status) {
        Set<String> locations = ids(refs, ElementKind.LOCATION);
        Set<String> dataCenters = ids(refs, ElementKind.DATA_CENTER);
        Set<String> servers = ids(refs, ElementKind.SERVER);
        List<Location> next = ElementUpdates.replaceWhere(topology.locations(), l -> true, l -> {
            Location location = locations.contains(l.id()) ? l.withStatus(status) : l;
            List<DataCenter> dcs = ElementUpdates.replaceWhere(location.dataCenters(), d -> true, d -> {
                DataCenter dc = dataCenters.contains(d.id()) ? d.withStatus(status) : d;
                List<Server> changed = servers.isEmpty() ? dc.servers() : ElementUpdates.replaceWhere(dc.servers(),
                        s -> servers.contains(s.id()), s -> s.withStatus(status));
                return changed == dc.servers() ? dc : dc.withServers(changed);
            });
            return dcs == location.dataCenters() ? location : location.withDataCenters(dcs);
        });
        return next == topology.locations() ? topology : topology.withLocations(next);
    }

    private static Set<String> ids(Collection<ElementRef> refs, ElementKind kind) {
        Set<String> ids = new HashSet<>();
        refs.stream().filter(r -> r.kind() == kind).forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** Sets a location's region; blank means none. */
    public static Topology setRegion(Topology topology, String locationId, String region) {
        String stored = region == null || region.isBlank() ? null : region.strip();
        return ElementUpdates.updateLocation(topology, locationId, l -> l.withRegion(stored));
    }

    public static Topology setLatitude(Topology topology, String locationId, double lat) {
        return ElementUpdates.updateLocation(topology, locationId, l -> l.withCoordinates(lat, l.lon()));
    }

    public static Topology setLongitude(Topology topology, String locationId, double lon) {
        return ElementUpdates.updateLocation(topology, locationId, l -> l.withCoordinates(l.lat(), lon));
    }

    /**
     * Sets the share of an IPv4 address's capacity given to a data center; {@code null} removes the share,
     * so the address is split evenly again.
     */
    public static Topology setCapacityShare(Topology topology, String dataCenterId, String address, Double share) {
        return ElementUpdates.updateDataCenter(topology, dataCenterId, d -> {
            Map<String, Double> shares = new LinkedHashMap<>(d.ipCapacity());
            if (share == null) {
                shares.remove(address);
            } else {
                shares.put(address, share);
            }
            return shares.equals(d.ipCapacity()) ? d : d.withIpCapacity(shares);
        });
    }

    public static Topology setTopologyName(Topology topology, String name) {
        String stored = name == null || name.isBlank() ? null : name.strip();
        return Objects.equals(stored, topology.name()) ? topology : topology.withName(stored);
    }

    public static Topology setTopologyDescription(Topology topology, String description) {
        String stored = description == null || description.isBlank() ? null : description.strip();
        return Objects.equals(stored, topology.description()) ? topology : topology.withDescription(stored);
    }
}
