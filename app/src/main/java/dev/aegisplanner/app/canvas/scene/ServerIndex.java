package dev.aegisplanner.app.canvas.scene;

import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The servers of one data center sorted by their top edge, so a viewport query binary-searches to the first
 * row it can see and stops after the last: a zoomed-in frame touches the few hundred visible servers, not
 * the thousands a large data center holds. Drawing order is the file's order, kept separately.
 */
public final class ServerIndex {

    private final List<SceneServer> inFileOrder;
    private final SceneServer[] byTop;
    /** For each entry of {@link #byTop}, its position in the file: the later one is drawn on top. */
    private final int[] fileOrder;
    private final double tallest;

    ServerIndex(List<SceneServer> servers) {
        this.inFileOrder = List.copyOf(servers);
        Integer[] order = new Integer[servers.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> servers.get(i).box().y()));
        this.byTop = new SceneServer[order.length];
        this.fileOrder = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            byTop[i] = servers.get(order[i]);
            fileOrder[i] = order[i];
        }
        this.tallest = servers.stream().mapToDouble(s -> s.box().h()).max().orElse(0);
    }

    public List<SceneServer> all() {
        return inFileOrder;
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
        int hit = -1;
        for (int i = firstWithTopAtLeast(y - tallest); i < byTop.length && byTop[i].box().y() <= y; i++) {
            if (Boxes.contains(byTop[i].box(), x, y) && (hit < 0 || fileOrder[i] > fileOrder[hit])) {
                hit = i;
            }
        }
        return hit < 0 ? null : byTop[hit];
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
