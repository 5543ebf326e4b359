package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.edit.FreeSpots.Choice;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.layout.LayoutMetrics;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Layout;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the picture free of overlaps when elements arrive or are dropped: an element that covers a sibling (or
 * sticks out of its frame) moves to a free spot ({@link FreeSpots}); a frame that has to grow to hold it grows,
 * and the siblings the grown frame would now cover move down or right out of its way, with their contents.
 * Works on a layout being built for one topology.
 */
final class Placement {

    private final Hierarchy hierarchy;
    private final Layout.Builder layout;
    private boolean changed;

    Placement(Hierarchy hierarchy, Layout.Builder layout) {
        this.hierarchy = hierarchy;
        this.layout = layout;
    }

    /** Settles elements one after the other, so each sees the ones settled before it; returns whether any box moved. */
    boolean settle(Collection<ElementRef> roots, Choice choice) {
        for (ElementRef root : roots) {
            LayoutBox box = layout.get(root.id());
            if (box == null) {
                continue;
            }
            LayoutBox inner = interiorAround(root).orElse(null);
            List<LayoutBox> others = siblingBoxes(root);
            if (!FreeSpots.fits(box, inner) || !FreeSpots.free(box, others)) {
                LayoutBox spot = FreeSpots.find(box, inner, others, gap(root.kind()), choice);
                shift(root, spot.x() - box.x(), spot.y() - box.y());
            }
            growAncestors(root);
        }
        return changed;
    }

    /** Grows the frames around an element until each holds its child, pushing aside what they would cover. */
    private void growAncestors(ElementRef ref) {
        List<ElementRef> children = List.of(ref);
        Optional<ElementRef> parent = hierarchy.parent(ref);
        while (parent.isPresent()) {
            ElementRef frame = parent.get();
            LayoutBox before = layout.get(frame.id());
            LayoutBox grown = before;
            for (ElementRef child : children) {
                grown = Frames.grownToContain(frame.kind(), grown, layout.get(child.id()));
            }
            if (grown.equals(before)) {
                return;
            }
            layout.put(frame.id(), grown);
            changed = true;
            List<ElementRef> moved = new ArrayList<>(List.of(frame));
            pushAside(frame, before, moved);
            children = moved;
            parent = hierarchy.parent(frame);
        }
    }

    /**
     * Moves the siblings a changed box now covers down (or right, when it grew sideways) just far enough, and
     * so on for the siblings those cover; every box that moved is added to {@code moved}.
     */
    private void pushAside(ElementRef changed, LayoutBox before, List<ElementRef> moved) {
        LayoutBox now = layout.get(changed.id());
        double gap = gap(changed.kind());
        List<ElementRef> siblings = siblings(changed).stream()
                .sorted(Comparator.comparingDouble((ElementRef r) -> layout.get(r.id()).y())
                        .thenComparingDouble(r -> layout.get(r.id()).x()))
                .toList();
        for (ElementRef sibling : siblings) {
            LayoutBox box = layout.get(sibling.id());
            if (!Boxes.intersects(box, now)) {
                continue;
            }
            double dy = 0;
            double dx = 0;
            if (Boxes.bottom(now) > Boxes.bottom(before) && box.y() >= Boxes.bottom(before) - FreeSpots.CLEARANCE) {
                dy = Boxes.bottom(now) + gap - box.y();
            } else if (Boxes.right(now) > Boxes.right(before) && box.x() >= Boxes.right(before) - FreeSpots.CLEARANCE) {
                dx = Boxes.right(now) + gap - box.x();
            }
            if (dx != 0 || dy != 0) {
                shift(sibling, dx, dy);
                moved.add(sibling);
                pushAside(sibling, box, moved);
            }
        }
    }

    /** Moves an element and everything inside it. */
    void shift(ElementRef root, double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return;
        }
        changed = true;
        move(root.id(), dx, dy);
        hierarchy.forEachDescendant(root, id -> move(id, dx, dy));
    }

    private void move(String id, double dx, double dy) {
        LayoutBox box = layout.get(id);
        if (box != null) {
            layout.put(id, Boxes.moved(box, dx, dy));
        }
    }

    private Optional<LayoutBox> interiorAround(ElementRef ref) {
        return hierarchy.parent(ref).map(p -> Frames.interior(p.kind(), layout.get(p.id())));
    }

    private List<LayoutBox> siblingBoxes(ElementRef ref) {
        return siblings(ref).stream().map(r -> layout.get(r.id())).filter(b -> b != null).toList();
    }

    /** The other children of the element's frame; for a location, the other locations. */
    private List<ElementRef> siblings(ElementRef ref) {
        Optional<ElementRef> parent = hierarchy.parent(ref);
        List<ElementRef> all;
        if (ref.kind() == ElementKind.LOCATION) {
            all = hierarchy.topology().locations().stream().map(Location::id).map(ElementRef::location).toList();
        } else if (parent.isEmpty()) {
            return List.of();
        } else if (ref.kind() == ElementKind.DATA_CENTER) {
            all = hierarchy.location(parent.get().id()).orElseThrow().dataCenters().stream()
                    .map(DataCenter::id).map(ElementRef::dataCenter).toList();
        } else {
            all = hierarchy.dataCenter(parent.get().id()).orElseThrow().servers().stream()
                    .map(Server::id).map(ElementRef::server).toList();
        }
        return all.stream().filter(r -> !r.equals(ref)).toList();
    }

    static double gap(ElementKind kind) {
        return switch (kind) {
            case LOCATION -> LayoutMetrics.LOCATION_GAP;
            case DATA_CENTER -> LayoutMetrics.DATA_CENTER_GAP;
            default -> LayoutMetrics.SERVER_GAP;
        };
    }
}
