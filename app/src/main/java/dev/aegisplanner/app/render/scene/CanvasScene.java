package dev.aegisplanner.app.render.scene;

import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.layout.LayoutMetrics;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the canvas draws for one topology value: frames and servers with absolute boxes, down states, pool
 * chips, the client at the left and the origins at the right. Built once per topology (the topology is
 * immutable) and then queried per frame: culling and hit tests walk location frames, then the data centers
 * of those that reach the point or viewport, then a data center's {@link ServerIndex}, so neither touches
 * the servers of frames far away.
 *
 * <p>Free of JavaFX, so it is tested without a window and could draw into any backend.
 */
public final class CanvasScene {

    static final double CLIENT_WIDTH = 96;
    static final double CLIENT_HEIGHT = 84;
    static final double ORIGIN_WIDTH = 136;
    static final double ORIGIN_HEIGHT = 92;
    static final double EDGE_GAP = 124;
    static final double ORIGIN_GAP = 28;

    private final Topology topology;
    /** The boxes the scene was drawn from: the effective layout of {@link #topology}. */
    private final Map<String, LayoutBox> layout;
    private final List<SceneFrame> locations;
    private final Map<String, SceneFrame> frames;
    /** Server id to the id of the data center it is drawn in; the data center's index finds the server. */
    private final Map<String, String> serverHomes;
    private final Map<String, String> parents;
    private final LayoutBox contentBounds;
    private final LayoutBox client;
    private final List<SceneOrigin> origins;
    private final LayoutBox bounds;

    CanvasScene(Topology topology, Map<String, LayoutBox> layout, List<SceneFrame> locations,
                Map<String, SceneFrame> frames, Map<String, String> serverHomes, Map<String, String> parents) {
        this.topology = topology;
        this.layout = layout;
        this.locations = List.copyOf(locations);
        this.frames = frames;
        this.serverHomes = serverHomes;
        this.parents = parents;
        LayoutBox content = locations.stream().map(SceneFrame::reach).reduce(null, Boxes::union);
        this.contentBounds = content != null ? content
                : new LayoutBox(LayoutMetrics.ORIGIN_X, LayoutMetrics.ORIGIN_Y, LayoutMetrics.NEW_LOCATION_WIDTH * 1.5,
                        LayoutMetrics.NEW_LOCATION_HEIGHT * 1.5);
        double middle = Boxes.centerY(contentBounds);
        this.client = new LayoutBox(contentBounds.x() - EDGE_GAP - CLIENT_WIDTH, middle - CLIENT_HEIGHT / 2,
                CLIENT_WIDTH, CLIENT_HEIGHT);
        int n = topology.origins().size();
        double stack = n * ORIGIN_HEIGHT + Math.max(0, n - 1) * ORIGIN_GAP;
        List<SceneOrigin> placed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LayoutBox box = new LayoutBox(Boxes.right(contentBounds) + EDGE_GAP,
                    middle - stack / 2 + i * (ORIGIN_HEIGHT + ORIGIN_GAP), ORIGIN_WIDTH, ORIGIN_HEIGHT);
            placed.add(new SceneOrigin(new ElementRef(ElementKind.ORIGIN, topology.origins().get(i).id()),
                    topology.origins().get(i), box));
        }
        this.origins = List.copyOf(placed);
        this.bounds = placed.stream().map(SceneOrigin::box).reduce(Boxes.union(contentBounds, client), Boxes::union);
    }

    /** A scene built ahead, off the JavaFX thread, for the topology a file just read will show. */
    private static volatile CanvasScene prepared;

    /** The scene of a topology drawn where its layout says, or where the automatic layout puts what it does not place. */
    public static CanvasScene of(Topology topology) {
        return of(topology, null);
    }

    /**
     * The scene of an edited topology, built from the scene before the edit: whatever the edit did not touch
     * is taken over rather than built again. {@code previous} stays valid.
     */
    public static CanvasScene of(Topology topology, CanvasScene previous) {
        CanvasScene ready = prepared;
        if (ready != null && ready.topology == topology) {
            prepared = null;
            return ready;
        }
        return new SceneBuilder(topology, EffectiveLayout.of(topology), previous).build();
    }

    /**
     * Builds the scene of a topology about to be shown (a file just read) on the calling thread, so that the
     * canvas, when the topology arrives, takes it instead of building it on the JavaFX thread: opening 100,000
     * servers then costs the JavaFX thread no pass over them. Only the latest prepared scene is kept.
     */
    public static void prepare(Topology topology) {
        prepared = of(topology);
    }

    public Topology topology() {
        return topology;
    }

    Map<String, LayoutBox> layout() {
        return layout;
    }

    public List<SceneFrame> locations() {
        return locations;
    }

    /** The frames and servers, without the client and origins. */
    public LayoutBox contentBounds() {
        return contentBounds;
    }

    /** Everything drawn, client and origins included: what "fit to window" shows. */
    public LayoutBox bounds() {
        return bounds;
    }

    public LayoutBox client() {
        return client;
    }

    public List<SceneOrigin> origins() {
        return origins;
    }

    public int serverCount() {
        return serverHomes.size();
    }

    public Optional<SceneFrame> frame(String id) {
        return Optional.ofNullable(frames.get(id));
    }

    Map<String, String> serverHomes() {
        return serverHomes;
    }

    int frameCount() {
        return frames.size();
    }

    public Optional<SceneServer> server(String id) {
        String home = serverHomes.get(id);
        SceneFrame dc = home == null ? null : frames.get(home);
        return dc == null || dc.isLocation() ? Optional.empty() : Optional.ofNullable(dc.servers().byId(id));
    }

    /** Where an element is drawn: locations, data centers, servers and origins. */
    public Optional<LayoutBox> boxOf(ElementRef ref) {
        return switch (ref.kind()) {
            case LOCATION, DATA_CENTER -> frame(ref.id()).filter(f -> f.ref().equals(ref)).map(SceneFrame::box);
            case SERVER -> server(ref.id()).map(SceneServer::box);
            case ORIGIN -> origins.stream().filter(o -> o.ref().equals(ref)).findFirst().map(SceneOrigin::box);
            default -> Optional.empty();
        };
    }

    /** The frame that contains an element: a server's data center, a data center's location. */
    public Optional<ElementRef> parentOf(ElementRef ref) {
        String parent = switch (ref.kind()) {
            case SERVER -> server(ref.id()).map(SceneServer::dataCenterId).orElse(null);
            case DATA_CENTER -> parents.get(ref.id());
            default -> null;
        };
        return Optional.ofNullable(parent).flatMap(this::frame).map(SceneFrame::ref);
    }

    /** The innermost element drawn at a point (canvas units): a server before its data center before its location. */
    public Optional<ElementRef> elementAt(double x, double y) {
        for (SceneOrigin o : origins) {
            if (Boxes.contains(o.box(), x, y)) {
                return Optional.of(o.ref());
            }
        }
        for (int li = locations.size() - 1; li >= 0; li--) {
            SceneFrame location = locations.get(li);
            if (!Boxes.contains(location.reach(), x, y)) {
                continue;
            }
            for (int di = location.dataCenters().size() - 1; di >= 0; di--) {
                SceneFrame dc = location.dataCenters().get(di);
                if (Boxes.contains(dc.reach(), x, y)) {
                    SceneServer server = dc.servers().at(x, y);
                    if (server != null) {
                        return Optional.of(server.ref());
                    }
                    if (Boxes.contains(dc.box(), x, y)) {
                        return Optional.of(dc.ref());
                    }
                }
            }
            if (Boxes.contains(location.box(), x, y)) {
                return Optional.of(location.ref());
            }
        }
        return Optional.empty();
    }

    /**
     * The elements a rubber band encloses completely. A frame inside the band stands for its contents (they
     * move with it), so its servers are not listed separately.
     */
    public List<ElementRef> elementsWithin(LayoutBox band) {
        List<ElementRef> inside = new ArrayList<>();
        for (SceneFrame location : locations) {
            if (!location.reaches(band)) {
                continue;
            }
            if (encloses(band, location.box())) {
                inside.add(location.ref());
                continue;
            }
            for (SceneFrame dc : location.dataCenters()) {
                if (encloses(band, dc.box())) {
                    inside.add(dc.ref());
                } else if (dc.reaches(band)) {
                    dc.forEachServerIn(band, s -> {
                        if (encloses(band, s.box())) {
                            inside.add(s.ref());
                        }
                    });
                }
            }
        }
        return inside;
    }

    /** Every location, data center and server, for "select all". */
    public List<ElementRef> allElements() {
        List<ElementRef> all = new ArrayList<>(frames.size() + serverHomes.size());
        for (SceneFrame location : locations) {
            all.add(location.ref());
            for (SceneFrame dc : location.dataCenters()) {
                all.add(dc.ref());
                dc.servers().all().forEach(s -> all.add(s.ref()));
            }
        }
        return all;
    }

    /** Visits the frames that reach the viewport, locations before their data centers. */
    public void forEachFrameIn(LayoutBox view, Consumer<SceneFrame> action) {
        for (SceneFrame location : locations) {
            if (location.reaches(view)) {
                action.accept(location);
                for (SceneFrame dc : location.dataCenters()) {
                    if (dc.reaches(view)) {
                        action.accept(dc);
                    }
                }
            }
        }
    }

    private static boolean encloses(LayoutBox outer, LayoutBox inner) {
        return inner.x() >= outer.x() && inner.y() >= outer.y()
                && Boxes.right(inner) <= Boxes.right(outer) && Boxes.bottom(inner) <= Boxes.bottom(outer);
    }
}
