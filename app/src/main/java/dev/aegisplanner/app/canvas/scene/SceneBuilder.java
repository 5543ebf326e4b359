package dev.aegisplanner.app.canvas.scene;

import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One pass over a topology and its effective layout that builds a {@link CanvasScene}. */
final class SceneBuilder {

    private final Topology topology;
    private final Map<String, LayoutBox> layout;
    private final Map<String, String> poolOfAddress = new HashMap<>();
    private final Map<String, SceneFrame> frames = new HashMap<>();
    private final Map<String, SceneServer> servers;
    private final Map<String, String> parents;

    SceneBuilder(Topology topology, Map<String, LayoutBox> layout) {
        this.topology = topology;
        this.layout = layout;
        int capacity = layout.size() * 4 / 3 + 16;
        this.servers = new HashMap<>(capacity);
        this.parents = new HashMap<>(capacity);
        for (Pool pool : topology.pools()) {
            pool.addresses().forEach(a -> poolOfAddress.putIfAbsent(a, pool.id()));
        }
    }

    CanvasScene build() {
        List<SceneFrame> locations = new ArrayList<>(topology.locations().size());
        for (Location l : topology.locations()) {
            locations.add(location(l));
        }
        return new CanvasScene(topology, locations, frames, servers, parents);
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
            SceneFrame dc = dataCenter(d, l.id(), down);
            dataCenters.add(dc);
            reach = Boxes.union(reach, dc.reach());
            serverCount += dc.serverCount();
            downCount += dc.downServerCount();
            pools.addAll(dc.pools());
        }
        String subtitle = subtitle(l, dataCenters.size(), serverCount);
        SceneFrame frame = new SceneFrame(ElementRef.location(l.id()), l.displayName(), tag(l.displayName(), l.id()),
                l.region(), subtitle, box, reach, down, down,
                List.copyOf(dataCenters), new ServerIndex(List.of()), serverCount, downCount, List.copyOf(pools));
        frames.putIfAbsent(l.id(), frame);
        return frame;
    }

    private SceneFrame dataCenter(DataCenter d, String locationId, boolean locationDown) {
        boolean ownDown = !d.status().isUp();
        boolean down = ownDown || locationDown;
        LayoutBox box = layout.get(d.id());
        LayoutBox reach = box;
        List<SceneServer> members = new ArrayList<>(d.servers().size());
        Set<String> pools = new LinkedHashSet<>();
        int downCount = 0;
        for (Server s : d.servers()) {
            boolean serverOwnDown = !s.status().isUp();
            List<String> chips = s.egressIps().isEmpty() ? List.of()
                    : s.egressIps().stream().map(poolOfAddress::get).toList();
            chips.stream().filter(p -> p != null).forEach(pools::add);
            LayoutBox serverBox = layout.get(s.id());
            SceneServer server = new SceneServer(ElementRef.server(s.id()), s, serverBox, serverOwnDown, serverOwnDown || down, chips);
            members.add(server);
            servers.putIfAbsent(s.id(), server);
            parents.putIfAbsent(s.id(), d.id());
            reach = Boxes.union(reach, serverBox);
            downCount += server.down() ? 1 : 0;
        }
        parents.putIfAbsent(d.id(), locationId);
        String subtitle = count(members.size(), "server");
        SceneFrame frame = new SceneFrame(ElementRef.dataCenter(d.id()), d.displayName(), tag(d.displayName(), d.id()),
                null, subtitle, box, reach, ownDown, down,
                List.of(), new ServerIndex(members), members.size(), downCount, List.copyOf(pools));
        frames.putIfAbsent(d.id(), frame);
        return frame;
    }

    private static String subtitle(Location l, int dataCenters, int servers) {
        String place = String.format(Locale.ROOT, "%.2f° %s, %.2f° %s", Math.abs(l.lat()), l.lat() < 0 ? "S" : "N",
                Math.abs(l.lon()), l.lon() < 0 ? "W" : "E");
        return place + "   ·   " + count(dataCenters, "data center") + "   ·   " + count(servers, "server");
    }

    private static String tag(String title, String id) {
        return title.equals(id) ? null : id;
    }

    static String count(int n, String noun) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n) + " " + noun + (n == 1 ? "" : "s");
    }
}
