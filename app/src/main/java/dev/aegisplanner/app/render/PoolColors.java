package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The colour of each pool's chips. A pool's colour comes from its id, so it survives reordering, renaming
 * other pools and reopening the file; when two pools of one topology would share a colour, the later one
 * (in file order) takes the next free colour, so up to twelve pools are always told apart. Side panels use
 * the same colours for their swatches.
 */
public final class PoolColors {

    private static final List<Rgba> COLORS = List.of(
            Rgba.web("#4e79a7"), Rgba.web("#f28e2b"), Rgba.web("#59a14f"), Rgba.web("#b07aa1"),
            Rgba.web("#76b7b2"), Rgba.web("#edc948"), Rgba.web("#ff9da7"), Rgba.web("#9c755f"),
            Rgba.web("#8cd17d"), Rgba.web("#499894"), Rgba.web("#d37295"), Rgba.web("#86bcb6"));

    private final Map<String, Rgba> byPool = new HashMap<>();

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
    public Rgba of(String poolId) {
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
