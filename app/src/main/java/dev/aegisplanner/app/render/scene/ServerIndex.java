package dev.aegisplanner.app.render.scene;

import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The servers of one data center sorted by their top edge, so a viewport query binary-searches to the first
 * row it can see and stops after the last: a zoomed-in frame touches the few hundred visible servers, not
 * the thousands a large data center holds. Drawing order is the file's order, kept separately.
 */
public final class ServerIndex {

    private final List<SceneServer> inFileOrder;
    private final SceneServer[] byTop;
    private final Map<String, SceneServer> byId;
    private final double tallest;

    /** Indexes servers given in drawing order; servers laid out in rows are already sorted, which costs nothing. */
    ServerIndex(SceneServer[] servers) {
        this.inFileOrder = List.of(servers);
        this.byTop = servers.clone();
        this.byId = new HashMap<>(servers.length * 4 / 3 + 1);
        for (SceneServer s : servers) {
            byId.putIfAbsent(s.ref().id(), s);
        }
        double tallestSoFar = 0;
        boolean sorted = true;
        for (int i = 0; i < byTop.length; i++) {
            tallestSoFar = Math.max(tallestSoFar, byTop[i].box().h());
            sorted &= i == 0 || byTop[i - 1].box().y() <= byTop[i].box().y();
        }
        if (!sorted) {
            Arrays.sort(byTop, BY_TOP);
        }
        this.tallest = tallestSoFar;
    }

    ServerIndex(List<SceneServer> servers) {
        this(servers.toArray(SceneServer[]::new));
    }

    private static final Comparator<SceneServer> BY_TOP = Comparator.comparingDouble(s -> s.box().y());

    public List<SceneServer> all() {
        return inFileOrder;
    }

    public SceneServer byId(String id) {
        return byId.get(id);
    }

    /** Whether this index holds exactly these servers, in this order. */
    boolean holdsSameServersAs(ServerIndex other) {
        if (other.inFileOrder.size() != inFileOrder.size()) {
            return false;
        }
        for (int i = 0; i < inFileOrder.size(); i++) {
            if (!inFileOrder.get(i).ref().id().equals(other.inFileOrder.get(i).ref().id())) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return byTop.length;
    }

    /** Every server whose box meets {@code view}. */
    public void forEachIn(LayoutBox view, Consumer<SceneServer> action) {
        double bottom = Boxes.bottom(view);
        for (int i = firstWithTopAtLeast(view.y() - tallest); i < byTop.length && byTop[i].box().y() <= bottom; i++) {
            if (Boxes.intersects(byTop[i].box(), view)) {
                action.accept(byTop[i]);
            }
        }
    }

    /** The server drawn on top at a point, if any. */
    public SceneServer at(double x, double y) {
        SceneServer hit = null;
        for (int i = firstWithTopAtLeast(y - tallest); i < byTop.length && byTop[i].box().y() <= y; i++) {
            if (Boxes.contains(byTop[i].box(), x, y) && (hit == null || byTop[i].order() > hit.order())) {
                hit = byTop[i];
            }
        }
        return hit;
    }

    private int firstWithTopAtLeast(double top) {
        int lo = 0;
        int hi = byTop.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byTop[mid].box().y() < top) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
