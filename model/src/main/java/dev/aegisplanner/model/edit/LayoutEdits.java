package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.layout.AutoLayout;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.layout.LayoutMetrics;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Layout;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Topology;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Edits of the picture only: move, resize, align, arrange. Positions are absolute, so a frame's contents
 * move with it explicitly. Children stay inside their frame: a move stops at the frame's edge, a frame
 * cannot shrink past its contents nor grow out of its own frame.
 */
final class LayoutEdits {

    private LayoutEdits() {
    }

    static Topology move(Topology t, Collection<ElementRef> refs, double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return t;
        }
        Hierarchy h = new Hierarchy(t);
        List<ElementRef> roots = roots(h, refs);
        Map<String, LayoutBox> effective = EffectiveLayout.of(t);
        double minDx = Double.NEGATIVE_INFINITY;
        double maxDx = Double.POSITIVE_INFINITY;
        double minDy = Double.NEGATIVE_INFINITY;
        double maxDy = Double.POSITIVE_INFINITY;
        for (ElementRef root : roots) {
            Optional<LayoutBox> inner = parentInterior(h, root, effective);
            if (inner.isPresent()) {
                LayoutBox box = effective.get(root.id());
                minDx = Math.max(minDx, Math.min(0, inner.get().x() - box.x()));
                maxDx = Math.min(maxDx, Math.max(0, Boxes.right(inner.get()) - Boxes.right(box)));
                minDy = Math.max(minDy, Math.min(0, inner.get().y() - box.y()));
                maxDy = Math.min(maxDy, Math.max(0, Boxes.bottom(inner.get()) - Boxes.bottom(box)));
            }
        }
        double clampedDx = Math.max(minDx, Math.min(maxDx, dx));
        double clampedDy = Math.max(minDy, Math.min(maxDy, dy));
        if (roots.isEmpty() || (clampedDx == 0 && clampedDy == 0)) {
            return t;
        }
        if (movesEverything(t, roots, effective)) {
            return t.withLayout(Layout.copyOf(effective).translated(clampedDx, clampedDy));
        }
        Layout.Builder layout = Layout.copyOf(effective).toBuilder();
        roots.forEach(root -> shift(h, root, clampedDx, clampedDy, layout));
        return t.withLayout(layout.build());
    }

    /**
     * Whether the roots are every location and the layout boxes nothing but the topology's elements (each once):
     * then every box moves by the same distance (Select All and an arrow key), a translation of the whole layout.
     */
    private static boolean movesEverything(Topology t, List<ElementRef> roots, Map<String, LayoutBox> effective) {
        if (roots.size() != t.locations().size() || roots.stream().anyMatch(r -> r.kind() != ElementKind.LOCATION)) {
            return false;
        }
        long elements = t.locations().size();
        for (var location : t.locations()) {
            elements += location.dataCenters().size();
            for (var dataCenter : location.dataCenters()) {
                elements += dataCenter.servers().size();
            }
        }
        return effective.size() == elements;
    }

    static Topology resize(Topology t, ElementRef frame, LayoutBox requested) {
        if (frame.kind() != ElementKind.LOCATION && frame.kind() != ElementKind.DATA_CENTER) {
            return t;
        }
        Hierarchy h = new Hierarchy(t);
        if (!h.exists(frame)) {
            return t;
        }
        Map<String, LayoutBox> effective = EffectiveLayout.of(t);
        LayoutBox current = effective.get(frame.id());
        double left = requested.x();
        double top = requested.y();
        double right = Boxes.right(requested);
        double bottom = Boxes.bottom(requested);
        LayoutBox contents = directChildrenBounds(h, frame, effective);
        if (contents != null) {
            LayoutBox inner = Frames.interior(frame.kind(), current);
            left = Math.min(left, contents.x() - (inner.x() - current.x()));
            top = Math.min(top, contents.y() - (inner.y() - current.y()));
            right = Math.max(right, Boxes.right(contents) + (Boxes.right(current) - Boxes.right(inner)));
            bottom = Math.max(bottom, Boxes.bottom(contents) + (Boxes.bottom(current) - Boxes.bottom(inner)));
        }
        Optional<LayoutBox> outer = parentInterior(h, frame, effective);
        if (outer.isPresent()) {
            left = Math.max(left, outer.get().x());
            top = Math.max(top, outer.get().y());
            right = Math.min(right, Boxes.right(outer.get()));
            bottom = Math.min(bottom, Boxes.bottom(outer.get()));
        }
        if (right - left < LayoutMetrics.FRAME_MIN_WIDTH) {
            boolean leftEdgeMoved = left != current.x();
            left = leftEdgeMoved ? right - LayoutMetrics.FRAME_MIN_WIDTH : left;
            right = leftEdgeMoved ? right : left + LayoutMetrics.FRAME_MIN_WIDTH;
        }
        if (bottom - top < LayoutMetrics.FRAME_MIN_HEIGHT) {
            boolean topEdgeMoved = top != current.y();
            top = topEdgeMoved ? bottom - LayoutMetrics.FRAME_MIN_HEIGHT : top;
            bottom = topEdgeMoved ? bottom : top + LayoutMetrics.FRAME_MIN_HEIGHT;
        }
        LayoutBox resized = new LayoutBox(left, top, right - left, bottom - top);
        if (resized.equals(current)) {
            return t;
        }
        return t.withLayout(Layout.copyOf(effective).with(frame.id(), resized));
    }

    static Topology align(Topology t, Collection<ElementRef> refs, Alignment alignment) {
        Hierarchy h = new Hierarchy(t);
        List<ElementRef> roots = roots(h, refs);
        if (roots.size() < 2) {
            return t;
        }
        Map<String, LayoutBox> effective = EffectiveLayout.of(t);
        LayoutBox bounds = roots.stream().map(r -> effective.get(r.id())).reduce(null, Boxes::union);
        Layout.Builder layout = Layout.copyOf(effective).toBuilder();
        for (ElementRef root : roots) {
            LayoutBox box = effective.get(root.id());
            double dx = switch (alignment) {
                case LEFT -> bounds.x() - box.x();
                case CENTER -> Boxes.centerX(bounds) - Boxes.centerX(box);
                case RIGHT -> Boxes.right(bounds) - Boxes.right(box);
                default -> 0;
            };
            double dy = switch (alignment) {
                case TOP -> bounds.y() - box.y();
                case MIDDLE -> Boxes.centerY(bounds) - Boxes.centerY(box);
                case BOTTOM -> Boxes.bottom(bounds) - Boxes.bottom(box);
                default -> 0;
            };
            Optional<LayoutBox> inner = parentInterior(h, root, effective);
            if (inner.isPresent()) {
                dx = Math.max(Math.min(0, inner.get().x() - box.x()), Math.min(Math.max(0, Boxes.right(inner.get()) - Boxes.right(box)), dx));
                dy = Math.max(Math.min(0, inner.get().y() - box.y()), Math.min(Math.max(0, Boxes.bottom(inner.get()) - Boxes.bottom(box)), dy));
            }
            shift(h, root, dx, dy, layout);
        }
        Layout aligned = layout.build();
        return aligned == effective || aligned.equals(effective) ? t : t.withLayout(aligned);
    }

    static Topology arrangeChildren(Topology t, Collection<ElementRef> frames) {
        Set<String> ids = frames.stream()
                .filter(r -> r.kind() == ElementKind.LOCATION || r.kind() == ElementKind.DATA_CENTER)
                .map(ElementRef::id)
                .collect(Collectors.toSet());
        if (ids.isEmpty() && !frames.isEmpty()) {
            return t;
        }
        Map<String, LayoutBox> effective = EffectiveLayout.of(t);
        Map<String, LayoutBox> arranged = AutoLayout.arrangeChildren(t, effective, ids);
        return arranged.equals(effective) ? t : t.withLayout(arranged);
    }

    /** The canvas elements among {@code refs} that exist and are not inside another of them. */
    static List<ElementRef> roots(Hierarchy h, Collection<ElementRef> refs) {
        // A selection is already a set: copying 100,000 references for each arrow key is not free.
        Set<ElementRef> set = refs instanceof Set<ElementRef> given ? given : new java.util.LinkedHashSet<>(refs);
        return set.stream()
                .filter(h::exists)
                .filter(r -> !insideAnyOf(h, r, set))
                .toList();
    }

    private static boolean insideAnyOf(Hierarchy h, ElementRef ref, Set<ElementRef> frames) {
        for (Optional<ElementRef> p = h.parent(ref); p.isPresent(); p = h.parent(p.get())) {
            if (frames.contains(p.get())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LayoutBox> parentInterior(Hierarchy h, ElementRef ref, Map<String, LayoutBox> layout) {
        return h.parent(ref).map(p -> Frames.interior(p.kind(), layout.get(p.id())));
    }

    private static void shift(Hierarchy h, ElementRef root, double dx, double dy, Layout.Builder layout) {
        if (dx == 0 && dy == 0) {
            return;
        }
        moveBox(layout, root.id(), dx, dy);
        h.forEachDescendant(root, id -> moveBox(layout, id, dx, dy));
    }

    private static void moveBox(Layout.Builder layout, String id, double dx, double dy) {
        LayoutBox box = layout.get(id);
        if (box != null) {
            layout.put(id, Boxes.moved(box, dx, dy));
        }
    }

    private static LayoutBox directChildrenBounds(Hierarchy h, ElementRef frame, Map<String, LayoutBox> layout) {
        if (frame.kind() == ElementKind.LOCATION) {
            return h.location(frame.id()).orElseThrow().dataCenters().stream()
                    .map(d -> layout.get(d.id())).reduce(null, Boxes::union);
        }
        return h.dataCenter(frame.id()).orElseThrow().servers().stream()
                .map(s -> layout.get(s.id())).reduce(null, Boxes::union);
    }
}
