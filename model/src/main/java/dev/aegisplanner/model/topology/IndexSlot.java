package dev.aegisplanner.model.topology;

import java.lang.ref.WeakReference;

/**
 * Where a topology keeps the index of its tree ({@link TreeIds}). Versions that share the tree share the slot;
 * a version with a new tree gets a slot of its own that remembers the index its parent had, and takes it over
 * when the ids turned out the same (a rename, a status, an address: everything but adding, removing or
 * re-ordering elements, or changing an id).
 *
 * <p>The slot holds its index weakly, and a few of the most recently used indexes are held strongly here: so
 * the topology on screen keeps its index, while the old versions an undo history keeps (one per edit) pin
 * nothing big. Asking an old version again after its index was collected builds it again.
 */
final class IndexSlot {

    private static final int KEPT = 4;
    private static final TreeIds[] RECENT = new TreeIds[KEPT];
    private static final WeakReference<TreeIds> NONE = new WeakReference<>(null);

    private volatile WeakReference<TreeIds> ids = NONE;
    private WeakReference<TreeIds> offered;
    /** The tree the offered index was made for, so that comparing skips every part the two trees share. */
    private WeakReference<java.util.List<Location>> offeredTree;

    /**
     * @param parent the slot of the version this one was made from, or {@code null}
     * @param parentTree that version's locations
     */
    IndexSlot(IndexSlot parent, java.util.List<Location> parentTree) {
        if (parent != null) {
            WeakReference<TreeIds> parentIds = parent.ids;
            if (parentIds.get() != null) {
                offered = parentIds;
                offeredTree = new WeakReference<>(parentTree);
            } else {
                synchronized (parent) {
                    offered = parent.offered;
                    offeredTree = parent.offeredTree;
                }
            }
        }
    }

    TreeIds treeIds(java.util.List<Location> tree) {
        TreeIds current = ids.get();
        if (current == null) {
            synchronized (this) {
                current = ids.get();
                if (current == null) {
                    TreeIds inherited = offered == null ? null : offered.get();
                    java.util.List<Location> earlier = offeredTree == null ? null : offeredTree.get();
                    current = inherited != null && inherited.describes(tree, earlier) ? inherited : TreeIds.of(tree);
                    ids = new WeakReference<>(current);
                    offered = null;
                    offeredTree = null;
                }
            }
        }
        keep(current);
        return current;
    }

    private static void keep(TreeIds used) {
        synchronized (RECENT) {
            if (RECENT[0] == used) {
                return;
            }
            int at = KEPT - 1;
            for (int i = 1; i < KEPT; i++) {
                if (RECENT[i] == used) {
                    at = i;
                    break;
                }
            }
            System.arraycopy(RECENT, 0, RECENT, 1, at);
            RECENT[0] = used;
        }
    }
}
