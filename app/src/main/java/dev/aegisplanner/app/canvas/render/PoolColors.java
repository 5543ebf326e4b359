package dev.aegisplanner.app.canvas.render;

import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * The colour of each pool's chips. A pool's colour comes from its id, so it survives reordering, renaming
 * other pools and reopening the file; when two pools of one topology would share a colour, the later one
 * (in file order) takes the next free colour, so up to twelve pools are always told apart. Side panels use
 * the same colours for their swatches.
 */
public final class PoolColors {

    private static final List<Color> COLORS = List.of(
            Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#59a14f"), Color.web("#b07aa1"),
            Color.web("#76b7b2"), Color.web("#edc948"), Color.web("#ff9da7"), Color.web("#9c755f"),
            Color.web("#8cd17d"), Color.web("#499894"), Color.web("#d37295"), Color.web("#86bcb6"));

    private final Map<String, Color> byPool = new HashMap<>();

    private PoolColors() {
    }

    public static PoolColors of(Topology topology) {
        PoolColors colors = new PoolColors();
        boolean[] taken = new boolean[COLORS.size()];
        int takenCount = 0;
        for (Pool pool : topology.pools()) {
            int slot = Math.floorMod(mix(pool.id().hashCode()), COLORS.size());
            if (takenCount < COLORS.size()) {
                while (taken[slot]) {
                    slot = (slot + 1) % COLORS.size();
                }
                taken[slot] = true;
                takenCount++;
            }
            colors.byPool.putIfAbsent(pool.id(), COLORS.get(slot));
        }
        return colors;
    }

    /** The pool's colour, or {@code null} for an address in no pool (drawn as a hollow warning chip). */
    public Color of(String poolId) {
        return poolId == null ? null : byPool.get(poolId);
    }

    /** Spreads similar ids ("pool-1", "pool-2") over the palette. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x7feb352d;
        h ^= h >>> 15;
        return h;
    }
}
