package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of copied locations, data centers and servers with their contents and where they were drawn.
 * It is a value independent of the topology it came from, so it survives any later edit (including the
 * cut that deleted its originals). An element inside another copied element is carried by its frame.
 *
 * @param boxes the drawn boxes of the copied elements and everything inside them, by their original ids
 */
public record Clipboard(List<Copied> elements, Map<String, LayoutBox> boxes) {

    /** One copied element and the frame it came from (empty for a location). */
    public sealed interface Copied permits CopiedLocation, CopiedDataCenter, CopiedServer {
        String id();
    }

    public record CopiedLocation(Location location) implements Copied {
        @Override
        public String id() {
            return location.id();
        }
    }

    public record CopiedDataCenter(String locationId, DataCenter dataCenter) implements Copied {
        @Override
        public String id() {
            return dataCenter.id();
        }
    }

    public record CopiedServer(String dataCenterId, Server server) implements Copied {
        @Override
        public String id() {
            return server.id();
        }
    }

    public static final Clipboard EMPTY = new Clipboard(List.of(), Map.of());

    public Clipboard {
        elements = List.copyOf(elements);
        boxes = Map.copyOf(boxes);
    }

    /** Copies the canvas elements among {@code refs}; other kinds (pools, zones, ...) are not drawn, so not copied. */
    public static Clipboard copy(Topology t, Collection<ElementRef> refs) {
        Hierarchy h = new Hierarchy(t);
        Map<String, LayoutBox> layout = EffectiveLayout.of(t);
        List<Copied> elements = new ArrayList<>();
        Map<String, LayoutBox> boxes = new LinkedHashMap<>();
        for (ElementRef root : LayoutEdits.roots(h, refs)) {
            switch (root.kind()) {
                case LOCATION -> elements.add(new CopiedLocation(h.location(root.id()).orElseThrow()));
                case DATA_CENTER -> elements.add(new CopiedDataCenter(h.locationOf(root.id()).id(),
                        h.dataCenter(root.id()).orElseThrow()));
                case SERVER -> elements.add(new CopiedServer(h.parent(root).orElseThrow().id(), h.server(root.id()).orElseThrow()));
                default -> {
                    continue;
                }
            }
            boxes.put(root.id(), layout.get(root.id()));
            h.forEachDescendant(root, id -> boxes.put(id, layout.get(id)));
        }
        return new Clipboard(elements, boxes);
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /** The same elements, drawn further along: repeated pastes step down and to the right instead of piling up. */
    public Clipboard shifted(double dx, double dy) {
        Map<String, LayoutBox> moved = new LinkedHashMap<>();
        boxes.forEach((id, box) -> moved.put(id, Boxes.moved(box, dx, dy)));
        return new Clipboard(elements, moved);
    }

    /** "3 servers", "1 location", "4 elements": for edit labels such as "Paste 3 servers". */
    public String describe() {
        return EditLabels.count(elements.stream().map(Clipboard::refOf).toList());
    }

    static ElementRef refOf(Copied copied) {
        if (copied instanceof CopiedLocation) {
            return ElementRef.location(copied.id());
        }
        return copied instanceof CopiedDataCenter ? ElementRef.dataCenter(copied.id()) : ElementRef.server(copied.id());
    }
}
