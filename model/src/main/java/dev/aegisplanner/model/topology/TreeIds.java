package dev.aegisplanner.model.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each location, data center and server id sits in the tree (list positions, so its parents and JSON
 * pointer follow), and the order of each kind. It depends on the ids and their order only, never on names,
 * statuses, addresses or the layout: every topology whose tree holds the same ids in the same places shares one,
 * which is why a property edit or a move of a 100,000-server topology builds nothing here.
 *
 * <p>When an id repeats (an invalid file) the first element with it wins. A second view, {@link #canonical},
 * also leaves out everything inside a location or data center whose id repeats an earlier one: that is how the
 * forwarding engine reads an invalid file, so every id it reports names exactly one element.
 */
final class TreeIds {

    /** A data center's place: its location's index and its own index there. */
    record DataCenterAt(int location, int dataCenter) {
    }

    /**
     * A server's place: the indexes of its location, its data center there, and itself there; {@code ordinal} is
     * its index in {@link #serverOrder}.
     */
    record ServerAt(int location, int dataCenter, int server, int ordinal) {
    }

    private final String[][][] serverIds;
    private final String[][] dataCenterIds;
    private final String[] locationIds;
    private final Map<String, Integer> locations;
    private final Map<String, DataCenterAt> dataCenters;
    private final IdTable servers;
    private final List<ServerAt> serverOrder;
    private final boolean repeats;
    private volatile TreeIds canonical;
    /** Results derived from this tree and a few other inputs, remembered per name with the inputs they came from. */
    private final Map<String, Object[]> remembered = new java.util.concurrent.ConcurrentHashMap<>();

    private TreeIds(List<Location> tree, boolean canonicalOnly) {
        int dataCenterCount = 0;
        int serverCount = 0;
        for (Location l : tree) {
            dataCenterCount += l.dataCenters().size();
            for (DataCenter d : l.dataCenters()) {
                serverCount += d.servers().size();
            }
        }
        locationIds = new String[tree.size()];
        dataCenterIds = new String[tree.size()][];
        serverIds = new String[tree.size()][][];
        locations = new HashMap<>(tree.size() * 2);
        dataCenters = new HashMap<>(dataCenterCount * 4 / 3 + 16);
        servers = new IdTable(serverCount);
        serverOrder = new ArrayList<>(serverCount);
        // One pass over the tree copies the ids and files them: each server is fetched from memory once.
        boolean repeated = false;
        for (int li = 0; li < tree.size(); li++) {
            Location l = tree.get(li);
            List<DataCenter> dcs = l.dataCenters();
            locationIds[li] = l.id();
            dataCenterIds[li] = new String[dcs.size()];
            serverIds[li] = new String[dcs.size()][];
            boolean firstLocation = locations.putIfAbsent(l.id(), li) == null;
            repeated |= !firstLocation;
            boolean skipLocation = !firstLocation && canonicalOnly;
            for (int di = 0; di < dcs.size(); di++) {
                DataCenter d = dcs.get(di);
                dataCenterIds[li][di] = d.id();
                boolean skip = skipLocation;
                if (!skipLocation) {
                    boolean firstDataCenter = dataCenters.putIfAbsent(d.id(), new DataCenterAt(li, di)) == null;
                    repeated |= !firstDataCenter;
                    skip = !firstDataCenter && canonicalOnly;
                }
                List<Server> list = d.servers();
                String[] ids = new String[list.size()];
                serverIds[li][di] = ids;
                for (int si = 0; si < ids.length; si++) {
                    ids[si] = list.get(si).id();
                    if (!skip) {
                        if (servers.add(ids[si])) {
                            serverOrder.add(new ServerAt(li, di, si, serverOrder.size()));
                        } else {
                            repeated = true;
                        }
                    }
                }
            }
        }
        repeats = repeated;
        if (!repeated || canonicalOnly) {
            canonical = this;
        }
    }

    static TreeIds of(List<Location> tree) {
        return new TreeIds(tree, false);
    }

    /**
     * Whether this describes a tree with the same ids in the same places: then it serves that tree too. Parts of
     * {@code tree} that are the very objects of {@code earlier} (the tree this was made for, when known) are not
     * looked into: an edit's new version is compared along the path the edit rebuilt.
     */
    boolean describes(List<Location> tree, List<Location> earlier) {
        if (earlier != null && earlier.size() == tree.size() && earlier.size() == locationIds.length) {
            for (int li = 0; li < locationIds.length; li++) {
                Location before = earlier.get(li);
                Location after = tree.get(li);
                if (before != after && !sameIds(li, after, before)) {
                    return false;
                }
            }
            return true;
        }
        return describes(tree);
    }

    /**
     * Whether the location at {@code li} holds this tree's ids, skipping data centers shared with {@code before}
     * (the location this tree was made from, or {@code null} to look at every one).
     */
    private boolean sameIds(int li, Location after, Location before) {
        if (!after.id().equals(locationIds[li]) || after.dataCenters().size() != dataCenterIds[li].length) {
            return false;
        }
        for (int di = 0; di < dataCenterIds[li].length; di++) {
            DataCenter d = after.dataCenters().get(di);
            if (before != null && di < before.dataCenters().size() && d == before.dataCenters().get(di)) {
                continue;
            }
            String[] ids = serverIds[li][di];
            if (!d.id().equals(dataCenterIds[li][di]) || d.servers().size() != ids.length) {
                return false;
            }
            for (int si = 0; si < ids.length; si++) {
                if (!d.servers().get(si).id().equals(ids[si])) {
                    return false;
                }
            }
        }
        return true;
    }

    boolean describes(List<Location> tree) {
        if (tree.size() != locationIds.length) {
            return false;
        }
        for (int li = 0; li < locationIds.length; li++) {
            if (!sameIds(li, tree.get(li), null)) {
                return false;
            }
        }
        return true;
    }

    /** The view that skips whatever is inside a repeated location or data center; this one when nothing repeats. */
    TreeIds canonical(List<Location> tree) {
        TreeIds view = canonical;
        if (view == null) {
            view = new TreeIds(tree, true);
            canonical = view;
        }
        return view;
    }

    /** The value remembered under {@code name} for equal inputs, else a new one computed and remembered. */
    @SuppressWarnings("unchecked")
    <T> T remember(String name, Object inputs, java.util.function.Supplier<T> compute) {
        Object[] entry = remembered.get(name);
        if (entry != null && entry[0].equals(inputs)) {
            return (T) entry[1];
        }
        T value = compute.get();
        remembered.put(name, new Object[] {inputs, value});
        return value;
    }

    boolean hasRepeatedIds() {
        return repeats;
    }

    Integer location(String id) {
        return locations.get(id);
    }

    DataCenterAt dataCenter(String id) {
        return dataCenters.get(id);
    }

    ServerAt server(String id) {
        int ordinal = servers.positionOf(id);
        return ordinal < 0 ? null : serverOrder.get(ordinal);
    }

    /** The server's index in {@link #serverOrder}, or -1: what the forwarding engine asks for every request. */
    int serverOrdinal(String id) {
        return servers.positionOf(id);
    }

    /** The places of the servers in file order, each id once. */
    List<ServerAt> serverOrder() {
        return serverOrder;
    }

    int locationCount() {
        return locationIds.length;
    }

    int dataCenterCount() {
        return dataCenters.size();
    }

    int serverCount() {
        return servers.size();
    }
}
