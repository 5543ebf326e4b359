package dev.aegisplanner.model.topology;

import java.util.Arrays;

/**
 * A persistent hash array mapped trie from element id to layout entry: a change copies the path of at most seven
 * small nodes down to the entry and shares everything else with the version it came from. Nodes made by one
 * {@link Layout.Builder} (its {@code owner}) are changed in place while that builder runs, so a bulk change of
 * 100,000 boxes allocates each node once instead of once per box.
 */
final class HashTrie {

    /** One id with its box and its place in the layout's order. */
    record Leaf(String key, int hash, int seq, LayoutBox box) {
    }

    /** Ids whose hashes are equal in all 32 bits. */
    private record Collision(int hash, Leaf[] leaves) {
    }

    private static final class Node {
        int bitmap;
        Object[] slots;
        final Object owner;

        Node(int bitmap, Object[] slots, Object owner) {
            this.bitmap = bitmap;
            this.slots = slots;
            this.owner = owner;
        }
    }

    static final Object EMPTY = new Node(0, new Object[0], null);

    private HashTrie() {
    }

    static int hash(String key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    static Leaf get(Object root, String key) {
        int hash = hash(key);
        Object at = root;
        for (int shift = 0; ; shift += 5) {
            if (at instanceof Leaf leaf) {
                return leaf.hash() == hash && leaf.key().equals(key) ? leaf : null;
            }
            if (at instanceof Collision c) {
                return c.hash() == hash ? find(c, key) : null;
            }
            Node node = (Node) at;
            int bit = bit(hash, shift);
            if ((node.bitmap & bit) == 0) {
                return null;
            }
            at = node.slots[Integer.bitCount(node.bitmap & (bit - 1))];
        }
    }

    /** The trie with {@code leaf} in place of any entry with its key. {@code owner} may be null (copy everything). */
    static Object put(Object root, Leaf leaf, Object owner) {
        return put((Node) root, leaf, 0, owner);
    }

    /** The trie without {@code key}; the same trie when it has no such key. */
    static Object remove(Object root, String key, Object owner) {
        Object result = remove((Node) root, key, hash(key), 0, owner);
        return result == null ? new Node(0, new Object[0], owner) : result;
    }

    private static Node put(Node node, Leaf leaf, int shift, Object owner) {
        int bit = bit(leaf.hash(), shift);
        int index = Integer.bitCount(node.bitmap & (bit - 1));
        if ((node.bitmap & bit) == 0) {
            Object[] slots = new Object[node.slots.length + 1];
            System.arraycopy(node.slots, 0, slots, 0, index);
            slots[index] = leaf;
            System.arraycopy(node.slots, index, slots, index + 1, node.slots.length - index);
            return update(node, node.bitmap | bit, slots, owner);
        }
        Object at = node.slots[index];
        Object replaced;
        if (at instanceof Leaf old) {
            replaced = old.key().equals(leaf.key()) ? leaf : merge(old, leaf, shift + 5, owner);
        } else if (at instanceof Collision c) {
            replaced = c.hash() == leaf.hash() ? withLeaf(c, leaf)
                    : put(put(new Node(0, new Object[0], owner), c, shift + 5), leaf, shift + 5, owner);
        } else {
            replaced = put((Node) at, leaf, shift + 5, owner);
        }
        return replaced == at ? node : set(node, index, replaced, owner);
    }

    /** Places a collision node in an empty node made for it. */
    private static Node put(Node fresh, Collision c, int shift) {
        fresh.bitmap = bit(c.hash(), shift);
        fresh.slots = new Object[] {c};
        return fresh;
    }

    private static Object merge(Leaf a, Leaf b, int shift, Object owner) {
        if (a.hash() == b.hash()) {
            return new Collision(a.hash(), new Leaf[] {a, b});
        }
        Node node = new Node(0, new Object[0], owner);
        return put(put(node, a, shift, owner), b, shift, owner);
    }

    private static Object remove(Node node, String key, int hash, int shift, Object owner) {
        int bit = bit(hash, shift);
        if ((node.bitmap & bit) == 0) {
            return node;
        }
        int index = Integer.bitCount(node.bitmap & (bit - 1));
        Object at = node.slots[index];
        Object replaced;
        if (at instanceof Leaf leaf) {
            replaced = leaf.key().equals(key) ? null : leaf;
        } else if (at instanceof Collision c) {
            replaced = c.hash() == hash ? withoutKey(c, key) : c;
        } else {
            replaced = remove((Node) at, key, hash, shift + 5, owner);
        }
        if (replaced == at) {
            return node;
        }
        if (replaced != null) {
            return set(node, index, replaced, owner);
        }
        if (node.slots.length == 1) {
            return null;
        }
        Object[] slots = new Object[node.slots.length - 1];
        System.arraycopy(node.slots, 0, slots, 0, index);
        System.arraycopy(node.slots, index + 1, slots, index, slots.length - index);
        return update(node, node.bitmap & ~bit, slots, owner);
    }

    private static Node set(Node node, int index, Object slot, Object owner) {
        if (owner != null && node.owner == owner) {
            node.slots[index] = slot;
            return node;
        }
        Object[] slots = node.slots.clone();
        slots[index] = slot;
        return new Node(node.bitmap, slots, owner);
    }

    private static Node update(Node node, int bitmap, Object[] slots, Object owner) {
        if (owner != null && node.owner == owner) {
            node.bitmap = bitmap;
            node.slots = slots;
            return node;
        }
        return new Node(bitmap, slots, owner);
    }

    private static Leaf find(Collision c, String key) {
        for (Leaf leaf : c.leaves()) {
            if (leaf.key().equals(key)) {
                return leaf;
            }
        }
        return null;
    }

    private static Collision withLeaf(Collision c, Leaf leaf) {
        Leaf[] leaves = c.leaves();
        for (int i = 0; i < leaves.length; i++) {
            if (leaves[i].key().equals(leaf.key())) {
                Leaf[] copy = leaves.clone();
                copy[i] = leaf;
                return new Collision(c.hash(), copy);
            }
        }
        Leaf[] copy = Arrays.copyOf(leaves, leaves.length + 1);
        copy[leaves.length] = leaf;
        return new Collision(c.hash(), copy);
    }

    private static Object withoutKey(Collision c, String key) {
        Leaf[] leaves = c.leaves();
        Leaf[] kept = Arrays.stream(leaves).filter(l -> !l.key().equals(key)).toArray(Leaf[]::new);
        if (kept.length == leaves.length) {
            return c;
        }
        return kept.length == 1 ? kept[0] : new Collision(c.hash(), kept);
    }

    /**
     * Adds to {@code out} every key whose entry differs between two tries (present in one only, or with another
     * box object), skipping every subtree the two share: a few nodes' work after a small edit.
     */
    static void differences(Object a, Object b, java.util.function.Consumer<String> out) {
        if (a == b) {
            return;
        }
        if (a instanceof Node na && b instanceof Node nb && na.bitmap == nb.bitmap) {
            for (int i = 0; i < na.slots.length; i++) {
                differences(na.slots[i], nb.slots[i], out);
            }
            return;
        }
        java.util.Map<String, LayoutBox> left = new java.util.HashMap<>();
        leaves(a, l -> left.put(l.key(), l.box()));
        leaves(b, l -> {
            LayoutBox before = left.remove(l.key());
            if (before != l.box()) {
                out.accept(l.key());
            }
        });
        left.keySet().forEach(out);
    }

    static void leaves(Object at, java.util.function.Consumer<Leaf> visit) {
        if (at instanceof Leaf leaf) {
            visit.accept(leaf);
        } else if (at instanceof Collision c) {
            for (Leaf leaf : c.leaves()) {
                visit.accept(leaf);
            }
        } else if (at instanceof Node node) {
            for (Object slot : node.slots) {
                leaves(slot, visit);
            }
        }
    }

    /**
     * The same trie shape with every box replaced by what {@code change} makes of it: a change of every entry
     * (the whole picture moved) without hashing or looking up a single id.
     */
    static Object mapBoxes(Object at, java.util.function.UnaryOperator<LayoutBox> change) {
        if (at instanceof Leaf leaf) {
            return new Leaf(leaf.key(), leaf.hash(), leaf.seq(), change.apply(leaf.box()));
        }
        if (at instanceof Collision c) {
            Leaf[] leaves = new Leaf[c.leaves().length];
            for (int i = 0; i < leaves.length; i++) {
                leaves[i] = (Leaf) mapBoxes(c.leaves()[i], change);
            }
            return new Collision(c.hash(), leaves);
        }
        Node node = (Node) at;
        Object[] slots = new Object[node.slots.length];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = mapBoxes(node.slots[i], change);
        }
        return new Node(node.bitmap, slots, null);
    }

    /** Whether two tries hold the same ids with equal boxes; shared subtrees are not looked into. */
    static boolean sameEntries(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Node na && b instanceof Node nb && na.bitmap == nb.bitmap) {
            for (int i = 0; i < na.slots.length; i++) {
                if (!sameEntries(na.slots[i], nb.slots[i])) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Leaf la && b instanceof Leaf lb) {
            return la.key().equals(lb.key()) && la.box().equals(lb.box());
        }
        java.util.Map<String, LayoutBox> left = new java.util.HashMap<>();
        java.util.Map<String, LayoutBox> right = new java.util.HashMap<>();
        leaves(a, l -> left.put(l.key(), l.box()));
        leaves(b, l -> right.put(l.key(), l.box()));
        return left.equals(right);
    }

    private static int bit(int hash, int shift) {
        return 1 << ((hash >>> shift) & 31);
    }
}
