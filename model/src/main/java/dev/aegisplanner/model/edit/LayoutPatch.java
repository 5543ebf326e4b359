package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.LayoutBox;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A layout with some boxes changed, as a view over the unchanged one. {@code Topology} copies the layout it
 * is given, so an edit that hands it this view copies 100,000 boxes once instead of twice. Iteration keeps
 * the base's order; new keys follow it.
 */
final class LayoutPatch extends AbstractMap<String, LayoutBox> {

    private final Map<String, LayoutBox> base;
    private final Map<String, LayoutBox> changed = new HashMap<>();
    private final Map<String, LayoutBox> added = new LinkedHashMap<>();

    LayoutPatch(Map<String, LayoutBox> base) {
        this.base = base;
    }

    @Override
    public LayoutBox get(Object key) {
        LayoutBox box = changed.get(key);
        if (box != null) {
            return box;
        }
        box = base.get(key);
        return box != null ? box : added.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return base.containsKey(key) || added.containsKey(key);
    }

    @Override
    public LayoutBox put(String key, LayoutBox box) {
        LayoutBox old = get(key);
        if (base.containsKey(key)) {
            changed.put(key, box);
        } else {
            added.put(key, box);
        }
        return old;
    }

    @Override
    public int size() {
        return base.size() + added.size();
    }

    @Override
    public Set<Entry<String, LayoutBox>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, LayoutBox>> iterator() {
                Iterator<Entry<String, LayoutBox>> fromBase = base.entrySet().iterator();
                Iterator<Entry<String, LayoutBox>> fromAdded = added.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return fromBase.hasNext() || fromAdded.hasNext();
                    }

                    @Override
                    public Entry<String, LayoutBox> next() {
                        if (!fromBase.hasNext()) {
                            return fromAdded.next();
                        }
                        Entry<String, LayoutBox> e = fromBase.next();
                        LayoutBox replaced = changed.get(e.getKey());
                        return replaced == null ? e : new SimpleImmutableEntry<>(e.getKey(), replaced);
                    }
                };
            }

            @Override
            public int size() {
                return LayoutPatch.this.size();
            }
        };
    }
}
