package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.layout.LayoutMetrics;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Layout;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * New elements drawn at a point: centred on it when that spot is free, else in the first free slot of the
 * frame that receives them (reading order), never on top of another element; the frame grows when it is full,
 * and what the grown frame would cover moves out of its way ({@link Placement}). The whole effective layout is
 * written with the first element, so adding one server to a file without layout does not make the rest of the
 * picture reflow.
 */
final class Creation {

    private Creation() {
    }

    static Added location(Topology t, double cx, double cy) {
        String id = FreshIds.in(t).location();
        Layout.Builder layout = Layout.copyOf(EffectiveLayout.of(t)).toBuilder()
                .put(id, Frames.centredWithin(cx, cy, LayoutMetrics.NEW_LOCATION_WIDTH, LayoutMetrics.NEW_LOCATION_HEIGHT, null));
        List<Location> locations = new ArrayList<>(t.locations());
        locations.add(new Location(id, null, null, 0, 0, Status.UP, List.of()));
        Topology added = t.withLocations(locations);
        ElementRef ref = ElementRef.location(id);
        new Placement(new Hierarchy(added), layout).settle(List.of(ref), FreeSpots.Choice.FIRST_FREE);
        return new Added(added.withLayout(layout.build()), ref);
    }

    static Added dataCenter(Topology t, String locationId, double cx, double cy) {
        Location location = t.location(locationId)
                .orElseThrow(() -> new IllegalArgumentException("There is no location " + locationId));
        String id = FreshIds.in(t).dataCenter(locationId);
        List<DataCenter> dataCenters = new ArrayList<>(location.dataCenters());
        dataCenters.add(DataCenter.of(id));
        Topology added = TreeRewrite.location(t, locationId, l -> l.withDataCenters(dataCenters));
        return place(added, t, ElementRef.dataCenter(id), ElementKind.LOCATION, locationId, cx, cy,
                LayoutMetrics.DATA_CENTER_MIN_WIDTH, LayoutMetrics.DATA_CENTER_MIN_HEIGHT);
    }

    static Added server(Topology t, String dataCenterId, double cx, double cy) {
        DataCenter dc = t.index().dataCenter(dataCenterId).map(p -> p.dataCenter())
                .orElseThrow(() -> new IllegalArgumentException("There is no data center " + dataCenterId));
        String id = FreshIds.in(t).server(dataCenterId);
        List<Server> servers = new ArrayList<>(dc.servers());
        servers.add(Server.of(id));
        Topology added = TreeRewrite.dataCenter(t, dataCenterId, d -> d.withServers(servers));
        return place(added, t, ElementRef.server(id), ElementKind.DATA_CENTER, dataCenterId, cx, cy,
                LayoutMetrics.SERVER_WIDTH, LayoutMetrics.SERVER_HEIGHT);
    }

    private static Added place(Topology added, Topology before, ElementRef ref, ElementKind parentKind, String parentId,
                               double cx, double cy, double w, double h) {
        Layout.Builder layout = Layout.copyOf(EffectiveLayout.of(before)).toBuilder();
        LayoutBox inner = Frames.interior(parentKind, layout.get(parentId));
        layout.put(ref.id(), Frames.centredWithin(cx, cy, w, h, inner));
        new Placement(new Hierarchy(added), layout).settle(List.of(ref), FreeSpots.Choice.FIRST_FREE);
        return new Added(added.withLayout(layout.build()), ref);
    }
}
