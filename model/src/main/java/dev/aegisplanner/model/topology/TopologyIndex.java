package dev.aegisplanner.model.topology;

import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Constant-time questions about one topology value: elements by id, their parents, their JSON pointers, the
 * order of each kind. Ask {@link Topology#index()}; the costly part (where every id sits in the tree) is built once
 * and shared by every later version of the topology whose tree has the same ids in the same places, so property
 * edits and moves never rebuild it. The index reads elements from its topology, so it never answers with an
 * element of another version.
 *
 * <p>When ids repeat (an invalid file) the first element with the id wins.
 */
public final class TopologyIndex {

    private final Topology topology;
    private final TreeIds ids;

    TopologyIndex(Topology topology, TreeIds ids) {
        this.topology = topology;
        this.ids = ids;
    }

    public Topology topology() {
        return topology;
    }

    /** The shared part, for tests that check what is shared. */
    TreeIds tree() {
        return ids;
    }

    public Optional<Location> location(String id) {
        Integer at = ids.location(id);
        return at == null ? Optional.empty() : Optional.of(topology.locations().get(at));
    }

    /** The location's index in {@link Topology#locations()}, or -1. */
    public int locationIndex(String id) {
        Integer at = ids.location(id);
        return at == null ? -1 : at;
    }

    public Optional<DataCenterPlace> dataCenter(String id) {
        TreeIds.DataCenterAt at = ids.dataCenter(id);
        if (at == null) {
            return Optional.empty();
        }
        Location l = topology.locations().get(at.location());
        return Optional.of(new DataCenterPlace(l, l.dataCenters().get(at.dataCenter()), at.location(), at.dataCenter()));
    }

    public Optional<ServerPlace> server(String id) {
        return Optional.ofNullable(serverPlace(id));
    }

    /** The server with its data center and location, or {@code null}: the allocation-light form of {@link #server}. */
    public ServerPlace serverPlace(String id) {
        TreeIds.ServerAt at = ids.server(id);
        return at == null ? null : place(at);
    }

    /** The server's index in {@link #servers()}, or -1 when the topology has no such server. */
    public int serverOrdinal(String id) {
        return ids.serverOrdinal(id);
    }

    /** Whether the topology has the element (a location, data center or server, or a catalog entry or link). */
    public boolean contains(ElementRef ref) {
        return switch (ref.kind()) {
            case LOCATION -> ids.location(ref.id()) != null;
            case DATA_CENTER -> ids.dataCenter(ref.id()) != null;
            case SERVER -> ids.server(ref.id()) != null;
            default -> pointerOf(ref).isPresent();
        };
    }

    /** The frame that contains an element: a server's data center, a data center's location; else empty. */
    public Optional<ElementRef> parent(ElementRef ref) {
        return switch (ref.kind()) {
            case DATA_CENTER -> dataCenter(ref.id()).map(p -> ElementRef.location(p.location().id()));
            case SERVER -> {
                TreeIds.ServerAt at = ids.server(ref.id());
                yield at == null ? Optional.empty() : Optional.of(ElementRef.dataCenter(
                        topology.locations().get(at.location()).dataCenters().get(at.dataCenter()).id()));
            }
            default -> Optional.empty();
        };
    }

    /** Visits the ids of everything inside a location (its data centers, each followed by its servers) or a data center. */
    public void forEachDescendant(ElementRef ref, Consumer<String> action) {
        if (ref.kind() == ElementKind.LOCATION) {
            location(ref.id()).ifPresent(l -> l.dataCenters().forEach(d -> {
                action.accept(d.id());
                d.servers().forEach(s -> action.accept(s.id()));
            }));
        } else if (ref.kind() == ElementKind.DATA_CENTER) {
            dataCenter(ref.id()).ifPresent(p -> p.dataCenter().servers().forEach(s -> action.accept(s.id())));
        }
    }

    /** The servers in file order with their data center and location, each id once. */
    public List<ServerPlace> servers() {
        List<TreeIds.ServerAt> order = ids.serverOrder();
        return new AbstractList<>() {
            @Override
            public ServerPlace get(int i) {
                return place(order.get(i));
            }

            @Override
            public int size() {
                return order.size();
            }
        };
    }

    public int serverCount() {
        return ids.serverCount();
    }

    public int dataCenterCount() {
        return ids.dataCenterCount();
    }

    /**
     * The same questions as the forwarding engine asks them of an invalid file: whatever is inside a location or
     * data center whose id repeats an earlier one is left out. This index itself when no id repeats.
     */
    public TopologyIndex withoutRepeats() {
        TreeIds view = ids.canonical(topology.locations());
        return view == ids ? this : new TopologyIndex(topology, view);
    }

    /** Whether some location, data center or server id repeats an earlier one. */
    public boolean hasRepeatedIds() {
        return ids.hasRepeatedIds();
    }

    /**
     * Whether the topology's layout has a box for every location, data center and server, each server box with a
     * size: then the editor draws the layout as it is. One pass over the tree, remembered by the layout for this
     * tree and carried to the layouts a move makes from it.
     */
    public boolean layoutPlacesEverything() {
        Layout layout = topology.layout();
        if (layout.placesEverythingOf(ids)) {
            return true;
        }
        for (Location l : topology.locations()) {
            if (!layout.containsKey(l.id())) {
                return false;
            }
            for (DataCenter d : l.dataCenters()) {
                if (!layout.containsKey(d.id())) {
                    return false;
                }
                for (Server s : d.servers()) {
                    LayoutBox box = layout.get(s.id());
                    if (box == null || box.w() <= 0 || box.h() <= 0) {
                        return false;
                    }
                }
            }
        }
        layout.rememberPlacesEverythingOf(ids);
        return true;
    }

    /**
     * A value derived from this topology's tree and some other {@code inputs} (compared with {@code equals}),
     * computed once and remembered for every version with the same tree and equal inputs. The automatic layout
     * is one: it depends on the ids, their order and the locations' coordinates only.
     */
    public <T> T remember(String name, Object inputs, java.util.function.Supplier<T> compute) {
        return ids.remember(name, inputs, compute);
    }

    /**
     * Visits every server whose value differs between an earlier version of the topology and this one, with
     * both values, walking only the lists the two versions do not share: a few lists after an edit of 100,000
     * servers. Returns {@code false}, visiting nothing, when the two trees do not hold the same ids in the same
     * places (then the caller looks at everything).
     */
    public boolean forEachChangedServer(Topology earlier, java.util.function.BiConsumer<Server, Server> visit) {
        if (earlier.index().ids != ids) {
            return false;
        }
        List<Location> before = earlier.locations();
        List<Location> after = topology.locations();
        for (int li = 0; li < after.size(); li++) {
            if (before.get(li) == after.get(li)) {
                continue;
            }
            List<DataCenter> oldDcs = before.get(li).dataCenters();
            List<DataCenter> newDcs = after.get(li).dataCenters();
            for (int di = 0; di < newDcs.size(); di++) {
                List<Server> oldServers = oldDcs.get(di).servers();
                List<Server> newServers = newDcs.get(di).servers();
                if (oldServers == newServers) {
                    continue;
                }
                for (int si = 0; si < newServers.size(); si++) {
                    if (oldServers.get(si) != newServers.get(si)) {
                        visit.accept(oldServers.get(si), newServers.get(si));
                    }
                }
            }
        }
        return true;
    }

    /** The JSON pointer of an element, or empty when the topology has no such element. */
    public Optional<String> pointerOf(ElementRef ref) {
        return switch (ref.kind()) {
            case LOCATION -> Optional.ofNullable(ids.location(ref.id())).map(i -> "/locations/" + i);
            case DATA_CENTER -> Optional.ofNullable(ids.dataCenter(ref.id()))
                    .map(at -> "/locations/" + at.location() + "/dataCenters/" + at.dataCenter());
            case SERVER -> Optional.ofNullable(ids.server(ref.id())).map(at -> "/locations/" + at.location()
                    + "/dataCenters/" + at.dataCenter() + "/servers/" + at.server());
            case LINK -> indexOf(topology.links(), l -> ElementRef.link(l).id(), ref.id()).map(i -> "/links/" + i);
            case POOL -> indexOf(topology.pools(), Pool::id, ref.id()).map(i -> "/pools/" + i);
            case ZONE -> indexOf(topology.zones(), Zone::id, ref.id()).map(i -> "/zones/" + i);
            case ORIGIN -> indexOf(topology.origins(), Origin::id, ref.id()).map(i -> "/origins/" + i);
            case SCENARIO -> indexOf(topology.scenarios(), Scenario::id, ref.id()).map(i -> "/scenarios/" + i);
        };
    }

    /**
     * The innermost element a JSON pointer points into: {@code /locations/0/dataCenters/1/servers/3/egressIps/0}
     * names a server. A pointer into {@code layout} names the element the layout entry is for.
     */
    public Optional<ElementRef> elementAt(String pointer) {
        return PointerTargets.elementAt(this, pointer);
    }

    private ServerPlace place(TreeIds.ServerAt at) {
        Location l = topology.locations().get(at.location());
        DataCenter d = l.dataCenters().get(at.dataCenter());
        return new ServerPlace(l, d, d.servers().get(at.server()));
    }

    private static <T> Optional<Integer> indexOf(List<T> list, java.util.function.Function<T, String> id, String wanted) {
        for (int i = 0; i < list.size(); i++) {
            if (id.apply(list.get(i)).equals(wanted)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
