package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Layout;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Drops servers into another data center, or data centers into another location: they leave their frame
 * for the target, keep their ids (and so every reference to them), land where they were dropped or at the
 * nearest free spot there, and the target grows when it has no room. What a server holds goes with it;
 * validation then says whether the plan still keeps its rules (an address in a fifth location, say).
 */
final class Reparenting {

    private Reparenting() {
    }

    static Topology moveInto(Topology t, Collection<ElementRef> refs, ElementRef target, double dx, double dy) {
        ElementKind childKind = switch (target.kind()) {
            case LOCATION -> ElementKind.DATA_CENTER;
            case DATA_CENTER -> ElementKind.SERVER;
            default -> throw new IllegalArgumentException("Only a location or a data center can take elements in");
        };
        Hierarchy before = new Hierarchy(t);
        if (!before.exists(target)) {
            throw new IllegalArgumentException("There is no " + target);
        }
        List<ElementRef> moving = refs.stream().distinct()
                .filter(r -> r.kind() == childKind && before.exists(r))
                .toList();
        if (moving.isEmpty()) {
            return t;
        }
        Layout.Builder layout = Layout.copyOf(EffectiveLayout.of(t)).toBuilder();
        Placement shifting = new Placement(before, layout);
        moving.forEach(r -> shifting.shift(r, dx, dy));
        Topology moved = childKind == ElementKind.SERVER
                ? serversInto(t, before, moving, target.id())
                : dataCentersInto(t, before, moving, target.id());
        new Placement(new Hierarchy(moved), layout).settle(moving, FreeSpots.Choice.NEAREST);
        return moved.withLayout(layout.build());
    }

    private static Topology serversInto(Topology t, Hierarchy h, List<ElementRef> servers, String targetId) {
        Topology result = t;
        List<Server> arriving = new ArrayList<>();
        for (ElementRef ref : servers) {
            String from = h.parent(ref).orElseThrow().id();
            if (from.equals(targetId)) {
                continue;
            }
            arriving.add(h.server(ref.id()).orElseThrow());
            result = TreeRewrite.dataCenter(result, from, d -> d.withServers(
                    d.servers().stream().filter(s -> !s.id().equals(ref.id())).toList()));
        }
        if (arriving.isEmpty()) {
            return result;
        }
        return TreeRewrite.dataCenter(result, targetId, d -> {
            List<Server> all = new ArrayList<>(d.servers());
            all.addAll(arriving);
            return d.withServers(all);
        });
    }

    private static Topology dataCentersInto(Topology t, Hierarchy h, List<ElementRef> dataCenters, String targetId) {
        Topology result = t;
        List<DataCenter> arriving = new ArrayList<>();
        for (ElementRef ref : dataCenters) {
            Location from = h.locationOf(ref.id());
            if (from.id().equals(targetId)) {
                continue;
            }
            arriving.add(h.dataCenter(ref.id()).orElseThrow());
            result = TreeRewrite.location(result, from.id(), l -> l.withDataCenters(
                    l.dataCenters().stream().filter(d -> !d.id().equals(ref.id())).toList()));
        }
        if (arriving.isEmpty()) {
            return result;
        }
        return TreeRewrite.location(result, targetId, l -> {
            List<DataCenter> all = new ArrayList<>(l.dataCenters());
            all.addAll(arriving);
            return l.withDataCenters(all);
        });
    }
}
