package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.Pool;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Finds IPv6 addresses and prefixes that overlap across pools ({@code 2001:db8:a::5} in one pool inside
 * {@code 2001:db8:a::/48} of another). Prefixes either nest or are disjoint, so after sorting by network
 * address, widest first, one sweep with a stack of the enclosing ranges finds every overlap: n log n, not
 * the n squared of comparing every pair.
 */
final class PoolOverlaps {

    private record Entry(IpAddress range, int pool, int index) {
        int length() {
            return range.isPrefix() ? range.prefixLength() : 128;
        }

        /** Document order: the later entry is the one the problem points at. */
        boolean isAfter(Entry other) {
            return pool != other.pool ? pool > other.pool : index > other.index;
        }
    }

    private final List<Pool> pools;
    private final List<Entry> entries = new ArrayList<>();

    PoolOverlaps(List<Pool> pools) {
        this.pools = pools;
    }

    void add(IpAddress range, int pool, int index) {
        entries.add(new Entry(range, pool, index));
    }

    void report(Findings findings) {
        entries.sort(Comparator.<Entry, IpAddress>comparing(Entry::range, PoolOverlaps::byNetwork)
                .thenComparingInt(Entry::length));
        Deque<Entry> enclosing = new ArrayDeque<>();
        for (Entry entry : entries) {
            while (!enclosing.isEmpty() && !enclosing.peek().range().contains(entry.range())) {
                enclosing.pop();
            }
            for (Iterator<Entry> it = enclosing.iterator(); it.hasNext(); ) {
                Entry outer = it.next();
                if (outer.pool() != entry.pool()) {
                    report(findings, outer, entry);
                    break;
                }
            }
            // Equal ranges are not pushed twice, which keeps the stack at most 129 deep.
            if (enclosing.isEmpty() || !enclosing.peek().range().equals(entry.range())) {
                enclosing.push(entry);
            }
        }
    }

    private void report(Findings findings, Entry outer, Entry inner) {
        Entry later = inner.isAfter(outer) ? inner : outer;
        String where = "/pools/" + later.pool() + "/addresses/" + later.index();
        String innerPool = pools.get(inner.pool()).id();
        String outerPool = pools.get(outer.pool()).id();
        String message = inner.range().equals(outer.range())
                ? inner.range() + " is in pool " + pools.get(Math.min(inner.pool(), outer.pool())).id()
                        + " and in pool " + pools.get(Math.max(inner.pool(), outer.pool())).id()
                : inner.range() + " of pool " + innerPool + " lies inside " + outer.range() + " of pool " + outerPool;
        findings.error("address-in-two-pools", where, message + "; an address belongs to at most one pool");
    }

    private static int byNetwork(IpAddress a, IpAddress b) {
        byte[] x = a.bytes();
        byte[] y = b.bytes();
        for (int i = 0; i < x.length; i++) {
            int c = Integer.compare(x[i] & 0xff, y[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
