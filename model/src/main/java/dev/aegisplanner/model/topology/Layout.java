package dev.aegisplanner.model.topology;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The {@code layout} of a topology file: where the editor draws each element, by id. An immutable map that keeps
 * the order its ids were first written in (so a file round-trips as it was) and shares its structure between
 * versions: {@link #with} and a {@link Builder} copy only the few small nodes on the way to what they change, so
 * moving one server of a 100,000-server layout costs about a kilobyte instead of a copy of the whole map, and an
 * undo history of such moves stays small.
 *
 * <p>Equality is the {@link Map} contract: same ids, equal boxes, whatever the order.
 */
public final class Layout extends AbstractMap<String, LayoutBox> {

    private static final Layout EMPTY = new Layout(HashTrie.EMPTY, OrderVector.EMPTY, 0);

    private final Object trie;
    private final OrderVector order;
    private final int size;
    /** The tree (a {@link TreeIds}) this layout is known to place completely, every server with a size. */
    private volatile Object placesEverythingOf;

    private Layout(Object trie, OrderVector order, int size) {
        this.trie = trie;
        this.order = order;
        this.size = size;
    }

    public static Layout empty() {
        return EMPTY;
    }

    /** The layout itself when {@code boxes} is one; otherwise a layout of the same entries in the same order. */
    public static Layout copyOf(Map<String, LayoutBox> boxes) {
        if (boxes instanceof Layout layout) {
            return layout;
        }
        if (boxes == null || boxes.isEmpty()) {
            return EMPTY;
        }
        List<String> ids = new ArrayList<>(boxes.size());
        Object owner = new Object();
        Object trie = HashTrie.EMPTY;
        for (Map.Entry<String, LayoutBox> entry : boxes.entrySet()) {
            String id = Objects.requireNonNull(entry.getKey(), "layout id");
            trie = HashTrie.put(trie, new HashTrie.Leaf(id, HashTrie.hash(id), ids.size(),
                    Objects.requireNonNull(entry.getValue(), "layout box")), owner);
            ids.add(id);
        }
        return new Layout(trie, OrderVector.of(ids), ids.size());
    }

    boolean placesEverythingOf(Object tree) {
        return placesEverythingOf == tree;
    }

    void rememberPlacesEverythingOf(Object tree) {
        placesEverythingOf = tree;
    }

    @Override
    public LayoutBox get(Object id) {
        if (!(id instanceof String key)) {
            return null;
        }
        HashTrie.Leaf leaf = HashTrie.get(trie, key);
        return leaf == null ? null : leaf.box();
    }

    @Override
    public boolean containsKey(Object id) {
        return id instanceof String key && HashTrie.get(trie, key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    /** This layout with one box set; the same layout when it already has that very box. */
    public Layout with(String id, LayoutBox box) {
        Builder builder = toBuilder();
        builder.put(id, box);
        return builder.build();
    }

    /** This layout without an id; the same layout when it has none. */
    public Layout without(String id) {
        Builder builder = toBuilder();
        builder.remove(id);
        return builder.build();
    }

    /**
     * This layout with every box moved by a distance, in the same order: what moving the whole picture writes,
     * built in one pass over the structure instead of one lookup per id.
     */
    public Layout translated(double dx, double dy) {
        if (dx == 0 && dy == 0 || size == 0) {
            return this;
        }
        Layout moved = new Layout(HashTrie.mapBoxes(trie,
                box -> new LayoutBox(box.x() + dx, box.y() + dy, box.w(), box.h())), order, size);
        moved.placesEverythingOf = placesEverythingOf;
        return moved;
    }

    /**
     * This layout without the given ids, in the same order: one walk over the structure instead of a removal per
     * id, which suits taking most of a layout away (Select All, Delete); the same layout when it has none of them.
     */
    public Layout withoutAll(Set<String> ids) {
        List<HashTrie.Leaf> kept = new ArrayList<>();
        HashTrie.leaves(trie, leaf -> {
            if (!ids.contains(leaf.key())) {
                kept.add(leaf);
            }
        });
        if (kept.size() == size) {
            return this;
        }
        kept.sort(java.util.Comparator.comparingInt(HashTrie.Leaf::seq));
        Builder builder = builder();
        kept.forEach(leaf -> builder.put(leaf.key(), leaf.box()));
        return builder.build();
    }

    /** A builder that starts from this layout; what it does not change stays shared with it. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder(EMPTY);
    }

    /**
     * The ids whose box differs between this layout and another (added, removed, or another box object),
     * found by walking only the parts the two do not share: after a move, a few nodes' work.
     */
    public Set<String> differingIds(Layout other) {
        Set<String> ids = new java.util.HashSet<>();
        HashTrie.differences(trie, other.trie, ids::add);
        return ids;
    }

    /** Map equality; against another layout, parts the two share are not compared. */
    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (other instanceof Layout layout) {
            return size == layout.size && HashTrie.sameEntries(trie, layout.trie);
        }
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super LayoutBox> action) {
        for (int i = 0; i < order.length(); i++) {
            String id = order.get(i);
            if (id != null) {
                action.accept(id, HashTrie.get(trie, id).box());
            }
        }
    }

    @Override
    public Set<Entry<String, LayoutBox>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, LayoutBox>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < order.length() && order.get(i) == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < order.length();
                    }

                    @Override
                    public Entry<String, LayoutBox> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        String id = order.get(next);
                        next = advance(next + 1);
                        return new SimpleImmutableEntry<>(id, HashTrie.get(trie, id).box());
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /**
     * Changes a layout in place and then hands out the result: the way to change many boxes at once (a move of
     * a whole location, a paste, a delete). Reads see the changes made so far.
     */
    public static final class Builder {

        /** Beyond this many added or removed ids, {@link #build} lays the order out afresh rather than patch it. */
        private static final int PATCH_LIMIT = 1024;

        private final Layout base;
        /** Marks the nodes this builder made, so it may change them in place; a new one after each build. */
        private Object owner = new Object();
        private Object trie;
        private final List<String> added = new ArrayList<>();
        private final List<Integer> removedSlots = new ArrayList<>();
        /** Slots of the base order whose id changed, by slot. */
        private final Map<Integer, String> renamedSlots = new java.util.HashMap<>();
        private int size;
        private boolean changed;
        /** Whether every box put so far has a size, so a layout that placed everything still does. */
        private boolean sized = true;

        private Builder(Layout base) {
            this.base = base;
            this.trie = base.trie;
            this.size = base.size;
        }

        public LayoutBox get(String id) {
            HashTrie.Leaf leaf = HashTrie.get(trie, id);
            return leaf == null ? null : leaf.box();
        }

        public boolean containsKey(String id) {
            return HashTrie.get(trie, id) != null;
        }

        /** Sets a box; a new id goes after every id already there. */
        public Builder put(String id, LayoutBox box) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(box, "box");
            HashTrie.Leaf old = HashTrie.get(trie, id);
            if (old != null && old.box() == box) {
                return this;
            }
            int seq = old != null ? old.seq() : base.order.length() + added.size();
            if (old == null) {
                added.add(id);
                size++;
            }
            trie = HashTrie.put(trie, new HashTrie.Leaf(id, HashTrie.hash(id), seq, box), owner);
            changed = true;
            sized &= box.w() > 0 && box.h() > 0;
            return this;
        }

        public Builder remove(String id) {
            HashTrie.Leaf old = HashTrie.get(trie, id);
            if (old != null) {
                trie = HashTrie.remove(trie, id, owner);
                removedSlots.add(old.seq());
                size--;
                changed = true;
            }
            return this;
        }

        /** Gives a box another id in the same place of the order; nothing when {@code from} has no box or {@code to} has one. */
        public Builder rename(String from, String to) {
            HashTrie.Leaf old = HashTrie.get(trie, from);
            if (old == null || HashTrie.get(trie, to) != null) {
                return this;
            }
            trie = HashTrie.remove(trie, from, owner);
            trie = HashTrie.put(trie, new HashTrie.Leaf(to, HashTrie.hash(to), old.seq(), old.box()), owner);
            if (old.seq() < base.order.length()) {
                renamedSlots.put(old.seq(), to);
            } else {
                added.set(old.seq() - base.order.length(), to);
            }
            changed = true;
            return this;
        }

        /** The layout with every change; the very layout it started from when nothing changed. */
        public Layout build() {
            // What was built must never change again: later puts copy instead of writing in place.
            owner = new Object();
            if (!changed) {
                return base;
            }
            if (added.size() + removedSlots.size() > PATCH_LIMIT) {
                return compacted();
            }
            OrderVector order = base.order;
            for (Map.Entry<Integer, String> renamed : renamedSlots.entrySet()) {
                order = order.set(renamed.getKey(), renamed.getValue());
            }
            for (int slot : removedSlots) {
                // An id added by this builder and removed again has a slot past the base's order.
                if (slot < order.length()) {
                    order = order.set(slot, null);
                }
            }
            for (String id : added) {
                order = order.append(liveAt(id, order.length()) ? id : null);
            }
            int holes = order.length() - size;
            if (holes > 64 && holes > size) {
                return compacted();
            }
            Layout built = new Layout(trie, order, size);
            if (added.isEmpty() && removedSlots.isEmpty() && renamedSlots.isEmpty() && sized) {
                // Same ids, every new box sized: whatever the base placed completely, this places too.
                built.placesEverythingOf = base.placesEverythingOf;
            }
            return built;
        }

        /** Every live id in order, numbered afresh: no holes. */
        private Layout compacted() {
            List<String> ids = new ArrayList<>(size);
            for (int i = 0; i < base.order.length(); i++) {
                String id = renamedSlots.getOrDefault(i, base.order.get(i));
                if (id != null && liveAt(id, i)) {
                    ids.add(id);
                }
            }
            for (int i = 0; i < added.size(); i++) {
                if (liveAt(added.get(i), base.order.length() + i)) {
                    ids.add(added.get(i));
                }
            }
            Object fresh = new Object();
            Object compact = HashTrie.EMPTY;
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                compact = HashTrie.put(compact, new HashTrie.Leaf(id, HashTrie.hash(id), i, get(id)), fresh);
            }
            return new Layout(compact, OrderVector.of(ids), ids.size());
        }

        /** Whether the id is in the layout with this slot of the order (not removed, not added again later). */
        private boolean liveAt(String id, int slot) {
            HashTrie.Leaf leaf = HashTrie.get(trie, id);
            return leaf != null && leaf.seq() == slot;
        }
    }
}
