package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Layout;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.layout.EffectiveLayout;
import java.util.Collection;
import java.util.List;

/**
 * The edits the canvas makes to a topology's structure and picture, as pure functions: each returns a new
 * topology, or the SAME instance when nothing would change (so the command stack records no empty step).
 * Invalid requests (an id already in use, a data center in a location that does not exist) throw an
 * {@link IllegalArgumentException} with a message for the planner.
 *
 * <p>Layout: positions are absolute canvas units. A file need not have a layout (the editor then draws the
 * {@link dev.aegisplanner.model.layout.EffectiveLayout}); the first edit that touches the picture writes the
 * whole effective layout, so what the planner sees stays where it is. Children stay inside their frames.
 */
public final class StructureEdits {

    private StructureEdits() {
    }

    /** A new, empty location (id LOC-n) centred on a point when that spot is free, else in the first free one. */
    public static Added addLocation(Topology t, double x, double y) {
        return Creation.location(t, x, y);
    }

    /** A new, empty data center (id like FRA-2) in a location, centred on a point inside it if free, else in the first free slot. */
    public static Added addDataCenter(Topology t, String locationId, double x, double y) {
        return Creation.dataCenter(t, locationId, x, y);
    }

    /** A new server (id like fra1-s3) in a data center, centred on a point inside it if free, else in the first free slot. */
    public static Added addServer(Topology t, String dataCenterId, double x, double y) {
        return Creation.server(t, dataCenterId, x, y);
    }

    /** Moves elements (with everything inside them) by a distance; the move stops where a child would leave its frame. */
    public static Topology move(Topology t, Collection<ElementRef> refs, double dx, double dy) {
        return LayoutEdits.move(t, refs, dx, dy);
    }

    /**
     * Where a drag ends: each of the elements that now covers a sibling moves to the nearest free spot in its
     * frame (a data center cannot lie on another data center), and frames grow when they have no room.
     */
    public static Topology settle(Topology t, Collection<ElementRef> refs) {
        Hierarchy h = new Hierarchy(t);
        List<ElementRef> roots = LayoutEdits.roots(h, refs);
        Layout.Builder layout = Layout.copyOf(EffectiveLayout.of(t)).toBuilder();
        return new Placement(h, layout).settle(roots, FreeSpots.Choice.NEAREST) ? t.withLayout(layout.build()) : t;
    }

    /**
     * Drops servers into a data center, or data centers into a location: they move there by a distance (where
     * the drag left them), keep their ids and contents, and settle on a free spot. Elements of another kind,
     * and elements already in {@code target}, are only moved.
     */
    public static Topology moveInto(Topology t, Collection<ElementRef> refs, ElementRef target, double dx, double dy) {
        return Reparenting.moveInto(t, refs, target, dx, dy);
    }

    /** Gives a frame a new box, kept around its contents, inside its own frame, and no smaller than the minimum. */
    public static Topology resize(Topology t, ElementRef frame, LayoutBox box) {
        return LayoutEdits.resize(t, frame, box);
    }

    /** Lines up two or more elements against an edge or the centre of their common bounds. */
    public static Topology align(Topology t, Collection<ElementRef> refs, Alignment alignment) {
        return LayoutEdits.align(t, refs, alignment);
    }

    /** Arranges the contents of frames in a tidy grid (everything when {@code frames} is empty). */
    public static Topology arrangeChildren(Topology t, Collection<ElementRef> frames) {
        return LayoutEdits.arrangeChildren(t, frames);
    }

    /** Sets the display name; a blank name (or the id) removes it, so the id is shown. */
    public static Topology rename(Topology t, ElementRef ref, String name) {
        return Naming.rename(t, ref, name);
    }

    /** Changes an id and every reference to it: layout keys, links, zones' pools, scenarios. */
    public static Topology changeId(Topology t, ElementRef ref, String newId) {
        return Naming.changeId(t, ref, newId);
    }

    /**
     * Deletes elements, their contents, their layout entries and the links of deleted locations, with the
     * fields of theirs the format does not know. Scenarios whose ingress server is deleted (and zones whose pool
     * is deleted) are kept; validation reports them.
     */
    public static Topology delete(Topology t, Collection<ElementRef> refs) {
        return UnknownFieldMoves.keepOnlyPlaced(Deletion.delete(t, refs));
    }

    /** Pastes a clipboard, into {@code target}'s frame when it can hold the elements ({@code target} may be null). */
    public static Pasted paste(Topology t, Clipboard clipboard, ElementRef target) {
        return Pasting.paste(t, clipboard, target);
    }

    /** Copies elements next to their originals (at the nearest free spot), without touching any clipboard. */
    public static Pasted duplicate(Topology t, Collection<ElementRef> refs) {
        return Pasting.paste(t, Clipboard.copy(t, refs), null);
    }

    /** How far a paste next to the originals is offset, in canvas units. */
    public static double pasteOffset() {
        return Pasting.OFFSET;
    }
}
