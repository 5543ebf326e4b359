package dev.aegisplanner.app.render.scene;

import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Layout;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One pass over a topology and its effective layout that builds a {@link CanvasScene}. Given the previous
 * scene, it keeps every data center frame (with its servers and their index) whose data center, boxes and
 * down state are the very same objects as before, and the server-to-data-center map when no data center
 * gained or lost a server: after a drag step in a 100,000-server topology only the data centers that moved
 * are built again, which keeps dragging fluid and the garbage collector quiet.
 */
final class SceneBuilder {

    private final Topology topology;
    private final Map<String, LayoutBox> layout;
    private final CanvasScene previous;
    private final Map<String, String> poolOfAddress = new HashMap<>();
    private final Map<String, SceneFrame> frames = new HashMap<>();
    /** The location of each data center; a server names its data center itself. */
    private final Map<String, String> parents = new HashMap<>();
    /** Whether some data center holds other servers than before, so the scene's server-to-data-center map must be rebuilt. */
    private boolean membershipChanged;
    /**
     * The data centers some of whose servers are drawn elsewhere than in the previous scene, found from what the
     * layout changed; {@code null} when that is not known, and each server's box is compared instead. Found only
     * when some data center's own box stayed where it was: when the whole picture moved, every data center is
     * built again anyway, and comparing 100,000 boxes first would be work for nothing.
     */
    private Set<String> movedServersIn;
    private boolean movedServersKnown;

    SceneBuilder(Topology topology, Map<String, LayoutBox> layout, CanvasScene previous) {
        this.topology = topology;
        this.layout = layout;
        this.previous = previous != null && previous.topology().pools() == topology.pools() ? previous : null;
        this.membershipChanged = this.previous == null;
        for (Pool pool : topology.pools()) {
            pool.addresses().forEach(a -> poolOfAddress.putIfAbsent(a, pool.id()));
        }
    }

    CanvasScene build() {
        List<SceneFrame> locations = new ArrayList<>(topology.locations().size());
        for (Location l : topology.locations()) {
            locations.add(location(l));
        }
        if (previous != null && previous.frameCount() != frames.size()) {
            membershipChanged = true;
        }
        Map<String, String> homes = membershipChanged ? homes(locations) : previous.serverHomes();
        return new CanvasScene(topology, layout, locations, frames, homes, parents);
    }

    /**
     * The data centers whose servers' boxes changed between two layouts, when both are persistent layouts (the
     * layout of a topology edited in the editor): then the layouts tell what changed without a look at every
     * server. A property edit keeps the very same layout, so nothing changed at all.
     */
    private static Set<String> movedServersIn(Topology topology, Map<String, LayoutBox> now, Map<String, LayoutBox> before) {
        if (now == before) {
            return Set.of();
        }
        if (!(now instanceof Layout current) || !(before instanceof Layout earlier)) {
            return null;
        }
        TopologyIndex index = topology.index();
        Set<String> dataCenters = new HashSet<>();
        for (String id : current.differingIds(earlier)) {
            index.parent(ElementRef.server(id)).ifPresent(dc -> dataCenters.add(dc.id()));
        }
        return dataCenters;
    }

    private SceneFrame location(Location l) {
        boolean down = !l.status().isUp();
        List<SceneFrame> dataCenters = new ArrayList<>(l.dataCenters().size());
        LayoutBox box = layout.get(l.id());
        LayoutBox reach = box;
        int serverCount = 0;
        int downCount = 0;
        Set<String> pools = new LinkedHashSet<>();
        for (DataCenter d : l.dataCenters()) {
            SceneFrame dc = reusable(d, down);
            if (dc == null) {
                dc = dataCenter(d, down);
            }
            frames.putIfAbsent(d.id(), dc);
            parents.putIfAbsent(d.id(), l.id());
            dataCenters.add(dc);
            reach = Boxes.union(reach, dc.reach());
            serverCount += dc.serverCount();
            downCount += dc.downServerCount();
            pools.addAll(dc.pools());
        }
        SceneFrame frame = new SceneFrame(ElementRef.location(l.id()), l.displayName(), tag(l.displayName(), l.id()),
                l.region(), subtitle(l, dataCenters.size(), serverCount), box, reach, down, down,
                List.copyOf(dataCenters), new ServerIndex(new SceneServer[0]), serverCount, downCount, List.copyOf(pools), l);
        frames.putIfAbsent(l.id(), frame);
        return frame;
    }

    /** The previous scene's frame for a data center when nothing drawn in it changed, else null. */
    private SceneFrame reusable(DataCenter d, boolean locationDown) {
        if (previous == null) {
            return null;
        }
        SceneFrame old = previous.frame(d.id()).orElse(null);
        if (old == null || old.source() != d || old.down() != (locationDown || !d.status().isUp())
                || layout.get(d.id()) != old.box()) {
            return null;
        }
        if (!movedServersKnown) {
            movedServersIn = movedServersIn(topology, layout, previous.layout());
            movedServersKnown = true;
        }
        if (movedServersIn != null) {
            return movedServersIn.contains(d.id()) ? null : old;
        }
        for (SceneServer s : old.servers().all()) {
            if (layout.get(s.ref().id()) != s.box()) {
                return null;
            }
        }
        return old;
    }

    private SceneFrame dataCenter(DataCenter d, boolean locationDown) {
        boolean ownDown = !d.status().isUp();
        boolean down = ownDown || locationDown;
        LayoutBox box = layout.get(d.id());
        double minX = box.x();
        double minY = box.y();
        double maxX = Boxes.right(box);
        double maxY = Boxes.bottom(box);
        List<Server> list = d.servers();
        SceneServer[] members = new SceneServer[list.size()];
        Set<String> pools = null;
        int downCount = 0;
        for (int i = 0; i < members.length; i++) {
            Server s = list.get(i);
            boolean serverOwnDown = !s.status().isUp();
            List<String> chips = List.of();
            if (!s.egressIps().isEmpty()) {
                chips = chips(s.egressIps());
                pools = pools == null ? new LinkedHashSet<>() : pools;
                for (String pool : chips) {
                    if (pool != null) {
                        pools.add(pool);
                    }
                }
            }
            LayoutBox serverBox = layout.get(s.id());
            SceneServer server = new SceneServer(ElementRef.server(s.id()), s, serverBox, serverOwnDown, serverOwnDown || down,
                    chips, d.id(), i);
            members[i] = server;
            minX = Math.min(minX, serverBox.x());
            minY = Math.min(minY, serverBox.y());
            maxX = Math.max(maxX, Boxes.right(serverBox));
            maxY = Math.max(maxY, Boxes.bottom(serverBox));
            downCount += server.down() ? 1 : 0;
        }
        LayoutBox reach = new LayoutBox(minX, minY, maxX - minX, maxY - minY);
        ServerIndex index = new ServerIndex(members);
        SceneFrame old = previous == null ? null : previous.frame(d.id()).orElse(null);
        if (old == null || old.isLocation() || !index.holdsSameServersAs(old.servers())) {
            membershipChanged = true;
        }
        return new SceneFrame(ElementRef.dataCenter(d.id()), d.displayName(), tag(d.displayName(), d.id()),
                null, count(members.length, "server"), box, reach, ownDown, down,
                List.of(), index, members.length, downCount, pools == null ? List.of() : List.copyOf(pools), d);
    }

    /** Which data center each server is drawn in (the first, should an invalid file repeat a server id). */
    private static Map<String, String> homes(List<SceneFrame> locations) {
        int count = locations.stream().mapToInt(SceneFrame::serverCount).sum();
        Map<String, String> homes = new HashMap<>(count * 4 / 3 + 16);
        for (SceneFrame location : locations) {
            for (SceneFrame dc : location.dataCenters()) {
                for (SceneServer s : dc.servers().all()) {
                    homes.putIfAbsent(s.ref().id(), dc.ref().id());
                }
            }
        }
        return homes;
    }

    private List<String> chips(List<String> addresses) {
        List<String> chips = new ArrayList<>(addresses.size());
        for (String address : addresses) {
            chips.add(poolOfAddress.get(address));
        }
        return Collections.unmodifiableList(chips);
    }

    /** The details line of a location; the previous scene's when it describes the same location. */
    private String subtitle(Location l, int dataCenters, int servers) {
        SceneFrame old = previous == null ? null : previous.frame(l.id()).orElse(null);
        if (old != null && old.source() == l && old.dataCenters().size() == dataCenters && old.serverCount() == servers) {
            return old.subtitle();
        }
        String place = String.format(Locale.ROOT, "%.2f° %s, %.2f° %s", Math.abs(l.lat()), l.lat() < 0 ? "S" : "N",
                Math.abs(l.lon()), l.lon() < 0 ? "W" : "E");
        return place + SceneFrame.DETAILS_SEPARATOR + count(dataCenters, "data center") + SceneFrame.DETAILS_SEPARATOR + count(servers, "server");
    }

    private static String tag(String title, String id) {
        return title.equals(id) ? null : id;
    }

    /** "1 server", "12,480 servers": grouped by hand, because a NumberFormat per frame costs more than the frame. */
    static String count(int n, String noun) {
        String digits = Integer.toString(n);
        StringBuilder grouped = new StringBuilder(digits.length() + 4);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.append(' ').append(noun).append(n == 1 ? "" : "s").toString();
    }
}
