package dev.aegisplanner.model.topology;

import java.util.List;

/**
 * A persistent vector of ids in the order they entered a layout: a 32-way trie, so setting or appending one
 * slot copies four small arrays for 100,000 ids and shares the rest. A removed id leaves {@code null} behind;
 * {@link Layout} compacts when holes pile up.
 */
final class OrderVector {

    static final OrderVector EMPTY = new OrderVector(new Object[32], 0, 0);

    private final Object[] root;
    private final int shift;
    private final int length;

    private OrderVector(Object[] root, int shift, int length) {
        this.root = root;
        this.shift = shift;
        this.length = length;
    }

    /** The vector of these ids, built bottom-up in one pass. */
    static OrderVector of(List<String> ids) {
        if (ids.isEmpty()) {
            return EMPTY;
        }
        Object[] level = new Object[(ids.size() + 31) / 32];
        for (int i = 0; i < level.length; i++) {
            Object[] leaf = new Object[32];
            for (int j = 0; j < 32 && i * 32 + j < ids.size(); j++) {
                leaf[j] = ids.get(i * 32 + j);
            }
            level[i] = leaf;
        }
        int shift = 0;
        while (level.length > 1) {
            Object[] parents = new Object[(level.length + 31) / 32];
            for (int i = 0; i < parents.length; i++) {
                Object[] node = new Object[32];
                System.arraycopy(level, i * 32, node, 0, Math.min(32, level.length - i * 32));
                parents[i] = node;
            }
            level = parents;
            shift += 5;
        }
        return new OrderVector((Object[]) level[0], shift, ids.size());
    }

    /** Slots used, holes included. */
    int length() {
        return length;
    }

    /** The id at a slot, or {@code null} where one was removed. */
    String get(int index) {
        Object[] node = root;
        for (int level = shift; level > 0; level -= 5) {
            node = (Object[]) node[(index >>> level) & 31];
        }
        return (String) node[index & 31];
    }

    OrderVector set(int index, String id) {
        return new OrderVector(set(root, shift, index, id), shift, length);
    }

    OrderVector append(String id) {
        if (length == 1 << (shift + 5)) {
            Object[] grown = new Object[32];
            grown[0] = root;
            return new OrderVector(set(grown, shift + 5, length, id), shift + 5, length + 1);
        }
        return new OrderVector(set(root, shift, length, id), shift, length + 1);
    }

    private static Object[] set(Object[] node, int level, int index, String id) {
        Object[] copy = node == null ? new Object[32] : node.clone();
        if (level == 0) {
            copy[index & 31] = id;
        } else {
            int slot = (index >>> level) & 31;
            copy[slot] = set((Object[]) copy[slot], level - 5, index, id);
        }
        return copy;
    }
}
