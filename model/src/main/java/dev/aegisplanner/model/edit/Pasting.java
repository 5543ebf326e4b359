package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.edit.Clipboard.Copied;
import dev.aegisplanner.model.edit.Clipboard.CopiedDataCenter;
import dev.aegisplanner.model.edit.Clipboard.CopiedLocation;
import dev.aegisplanner.model.edit.Clipboard.CopiedServer;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Layout;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts copies of clipboard elements into a topology, with fresh ids. Locations are added as they are. Data
 * centers go into the target location (the selected one, or the one holding the selected data center or
 * server), else back into their own location; servers likewise into the target data center, else their own.
 * Pasted next to their originals they are offset by {@link #OFFSET}; pasted into another frame they are
 * placed at its top left; either way, a copy that would cover another element moves to the nearest free spot
 * ({@link Placement}). Copies keep names, statuses and egress IPs: a copied server egresses like its
 * original, and validation reports it when that breaks a rule (an address in a fifth location).
 */
final class Pasting {

    static final double OFFSET = 24;

    private final Topology topology;
    private final Hierarchy hierarchy;
    private final FreshIds ids;
    private final Layout.Builder layout;
    private final Clipboard clipboard;
    private final List<Location> newLocations = new ArrayList<>();
    private final Map<String, List<DataCenter>> newDataCenters = new LinkedHashMap<>();
    private final Map<String, List<Server>> newServers = new LinkedHashMap<>();
    private final List<ElementRef> pasted = new ArrayList<>();

    private Pasting(Topology topology, Clipboard clipboard) {
        this.topology = topology;
        this.hierarchy = new Hierarchy(topology);
        this.ids = FreshIds.in(topology);
        this.layout = Layout.copyOf(EffectiveLayout.of(topology)).toBuilder();
        this.clipboard = clipboard;
    }

    static Pasted paste(Topology t, Clipboard clipboard, ElementRef target) {
        return new Pasting(t, clipboard).into(target);
    }

    private Pasted into(ElementRef target) {
        String targetDataCenter = target == null ? null : switch (target.kind()) {
            case DATA_CENTER -> hierarchy.exists(target) ? target.id() : null;
            case SERVER -> hierarchy.parent(target).map(ElementRef::id).orElse(null);
            default -> null;
        };
        String targetLocation = target != null && target.kind() == ElementKind.LOCATION && hierarchy.exists(target)
                ? target.id() : targetDataCenter == null ? null : hierarchy.locationOf(targetDataCenter).id();
        Map<Copied, String> destinations = new LinkedHashMap<>();
        for (Copied c : clipboard.elements()) {
            String destination = destination(c, targetLocation, targetDataCenter);
            if (destination != null) {
                destinations.put(c, destination);
            }
        }
        Map<String, LayoutBox> foreignBounds = new HashMap<>();
        destinations.forEach((c, destination) -> {
            if (!destination.equals(originalParent(c))) {
                foreignBounds.merge(destination, clipboard.boxes().get(c.id()), Boxes::union);
            }
        });
        destinations.forEach((c, destination) -> {
            boolean home = destination.equals(originalParent(c));
            LayoutBox bounds = foreignBounds.get(destination);
            LayoutBox inner = home ? null : Frames.interior(
                    c instanceof CopiedDataCenter ? ElementKind.LOCATION : ElementKind.DATA_CENTER, layout.get(destination));
            double dx = home ? OFFSET : inner.x() - bounds.x();
            double dy = home ? OFFSET : inner.y() - bounds.y();
            add(c, destination, home, dx, dy);
        });
        if (pasted.isEmpty()) {
            return new Pasted(topology, List.of());
        }
        Topology result = withAdditions();
        new Placement(new Hierarchy(result), layout).settle(pasted, FreeSpots.Choice.NEAREST);
        return new Pasted(result.withLayout(layout.build()), pasted);
    }

    private String destination(Copied c, String targetLocation, String targetDataCenter) {
        if (c instanceof CopiedLocation) {
            return "";
        }
        if (c instanceof CopiedDataCenter d) {
            return targetLocation != null ? targetLocation
                    : hierarchy.location(d.locationId()).isPresent() ? d.locationId() : null;
        }
        CopiedServer s = (CopiedServer) c;
        return targetDataCenter != null ? targetDataCenter
                : hierarchy.dataCenter(s.dataCenterId()).isPresent() ? s.dataCenterId() : null;
    }

    private static String originalParent(Copied c) {
        if (c instanceof CopiedDataCenter d) {
            return d.locationId();
        }
        return c instanceof CopiedServer s ? s.dataCenterId() : "";
    }

    private void add(Copied c, String destination, boolean home, double dx, double dy) {
        if (c instanceof CopiedLocation l) {
            Location copy = copyLocation(l.location(), dx, dy);
            newLocations.add(copy);
            pasted.add(ElementRef.location(copy.id()));
        } else if (c instanceof CopiedDataCenter d) {
            String id = home ? ids.like(d.id()) : ids.dataCenter(destination);
            newDataCenters.computeIfAbsent(destination, k -> new ArrayList<>()).add(copyDataCenter(d.dataCenter(), id, dx, dy));
            pasted.add(ElementRef.dataCenter(id));
        } else {
            CopiedServer s = (CopiedServer) c;
            String id = home ? ids.like(s.id()) : ids.server(destination);
            newServers.computeIfAbsent(destination, k -> new ArrayList<>()).add(copyServer(s.server(), id, dx, dy));
            pasted.add(ElementRef.server(id));
        }
    }

    private Location copyLocation(Location original, double dx, double dy) {
        String id = ids.like(original.id());
        boolean kept = id.equals(original.id());
        place(original.id(), id, dx, dy);
        List<DataCenter> dataCenters = original.dataCenters().stream()
                .map(d -> copyDataCenter(d, kept ? ids.like(d.id()) : ids.dataCenter(id), dx, dy))
                .toList();
        return original.withId(id).withDataCenters(dataCenters);
    }

    private DataCenter copyDataCenter(DataCenter original, String id, double dx, double dy) {
        boolean kept = id.equals(original.id());
        place(original.id(), id, dx, dy);
        List<Server> servers = original.servers().stream()
                .map(s -> copyServer(s, kept ? ids.like(s.id()) : ids.server(id), dx, dy))
                .toList();
        return original.withId(id).withServers(servers);
    }

    private Server copyServer(Server original, String id, double dx, double dy) {
        place(original.id(), id, dx, dy);
        return original.withId(id);
    }

    private void place(String originalId, String id, double dx, double dy) {
        LayoutBox box = clipboard.boxes().get(originalId);
        if (box != null) {
            layout.put(id, Boxes.moved(box, dx, dy));
        }
    }

    private Topology withAdditions() {
        List<Location> locations = new ArrayList<>(topology.locations().size() + newLocations.size());
        for (Location l : topology.locations()) {
            List<DataCenter> addedHere = newDataCenters.getOrDefault(l.id(), List.of());
            boolean serversAddedHere = l.dataCenters().stream().anyMatch(d -> newServers.containsKey(d.id()));
            if (addedHere.isEmpty() && !serversAddedHere) {
                locations.add(l);
                continue;
            }
            List<DataCenter> dataCenters = new ArrayList<>();
            for (DataCenter d : l.dataCenters()) {
                List<Server> serversHere = newServers.get(d.id());
                if (serversHere == null) {
                    dataCenters.add(d);
                } else {
                    List<Server> servers = new ArrayList<>(d.servers());
                    servers.addAll(serversHere);
                    dataCenters.add(d.withServers(servers));
                }
            }
            dataCenters.addAll(addedHere);
            locations.add(l.withDataCenters(dataCenters));
        }
        locations.addAll(newLocations);
        return topology.withLocations(locations);
    }
}
