package dev.aegisplanner.model.topology;

import java.util.Objects;

/**
 * Ids to their position in a list (0, 1, 2, ... in the order they were added), the first one added winning when
 * an id repeats. It answers the question the forwarding engine asks for every request, which server an id names,
 * so it is laid out for that: open addressing over two parallel arrays, the id's hash and position packed in one
 * {@code long} and the id itself at the same index. A lookup reads one slot of each, both found from the hash
 * alone, so the two cache misses of a 100,000-server table overlap instead of following one another as a
 * {@code HashMap}'s table, node, key and boxed value do. It also takes a third of a {@code HashMap}'s memory.
 */
final class IdTable {

    private static final long EMPTY = 0;

    /** Per slot: the id's spread hash in the high half, its position + 1 in the low half; 0 when free. */
    private final long[] entries;
    private final String[] ids;
    private final int mask;
    private int size;

    /** @param capacity how many ids will be added at most */
    IdTable(int capacity) {
        // At most half full, so a lookup that misses ends after a probe or two.
        int slots = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) << 1;
        entries = new long[slots];
        ids = new String[slots];
        mask = slots - 1;
    }

    /**
     * Adds the id at the next position and returns {@code true}, or returns {@code false} if it is there already.
     * A missing id ({@code null}: a file with problems is still read and validated) is kept like any other.
     */
    boolean add(String id) {
        int hash = spread(Objects.hashCode(id));
        int slot = hash & mask;
        for (long entry = entries[slot]; entry != EMPTY; entry = entries[slot]) {
            if ((int) (entry >>> 32) == hash && Objects.equals(id, ids[slot])) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        if (size == mask / 2 + 1) {
            throw new IllegalStateException("more ids than the capacity the table was made for");
        }
        entries[slot] = ((long) hash << 32) | (size + 1L);
        ids[slot] = id;
        size++;
        return true;
    }

    /** The position the id was added at, or -1. */
    int positionOf(String id) {
        int hash = spread(Objects.hashCode(id));
        int slot = hash & mask;
        for (long entry = entries[slot]; entry != EMPTY; entry = entries[slot]) {
            if ((int) (entry >>> 32) == hash) {
                String candidate = ids[slot];
                // The caller usually holds the very string the topology holds: no need to compare characters.
                if (candidate == id || Objects.equals(candidate, id)) {
                    return (int) entry - 1;
                }
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    int size() {
        return size;
    }

    /** Ids like "s1041" and "s1042" differ in their low bits only a little; mix the high bits in. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
