package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.edit.Added;
import dev.aegisplanner.model.edit.Alignment;
import dev.aegisplanner.model.edit.Clipboard;
import dev.aegisplanner.model.edit.EditLabels;
import dev.aegisplanner.model.edit.Pasted;
import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.edit.StructureEdits;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The canvas's edits, each one step on the document's command stack with a label the Edit menu can show
 * ("Move 3 servers"). Structure edits are the model's pure functions; this class only picks their inputs
 * from the selection, keeps the clipboard and updates the selection afterwards. An edit the model refuses
 * (an id in use, no room) becomes a status message instead of an exception.
 */
final class CanvasActions {

    private final TopologyDocument document;
    private final SelectionModel selection;
    private final Supplier<CanvasScene> scene;
    private final Consumer<String> status;
    private Clipboard clipboard = Clipboard.EMPTY;

    CanvasActions(TopologyDocument document, SelectionModel selection, Supplier<CanvasScene> scene, Consumer<String> status) {
        this.document = document;
        this.selection = selection;
        this.scene = scene;
        this.status = status;
    }

    /**
     * Adds what a tool draws at a canvas point, into the frame under it (the frame around what is under it: a
     * click on a server adds a server to its data center, in its first free slot); returns whether something
     * was added.
     */
    boolean add(CanvasTool tool, double x, double y) {
        ElementRef dataCenter = frameAt(ElementKind.DATA_CENTER, x, y);
        ElementRef location = frameAt(ElementKind.LOCATION, x, y);
        Function<Topology, Added> add = switch (tool) {
            case ADD_LOCATION -> t -> StructureEdits.addLocation(t, x, y);
            case ADD_DATA_CENTER -> location != null ? t -> StructureEdits.addDataCenter(t, location.id(), x, y) : null;
            case ADD_SERVER -> dataCenter != null ? t -> StructureEdits.addServer(t, dataCenter.id(), x, y) : null;
            case SELECT -> null;
        };
        if (add == null) {
            status.accept(tool == CanvasTool.ADD_DATA_CENTER
                    ? "A data center goes inside a location: click on free space in a location frame."
                    : "A server goes inside a data center: click on free space in a data center frame.");
            return false;
        }
        return added(tool, add);
    }

    /** The frame of a kind under a point, or around what is under it. */
    private ElementRef frameAt(ElementKind kind, double x, double y) {
        Optional<ElementRef> at = scene.get().elementAt(x, y);
        while (at.isPresent() && at.get().kind() != kind) {
            at = scene.get().parentOf(at.get());
        }
        return at.orElse(null);
    }

    private boolean added(CanvasTool tool, Function<Topology, Added> add) {
        ElementRef[] added = new ElementRef[1];
        String noun = tool == CanvasTool.ADD_LOCATION ? "location" : tool == CanvasTool.ADD_DATA_CENTER ? "data center" : "server";
        run("Add " + noun, t -> {
            Added result = add.apply(t);
            added[0] = result.ref();
            return result.topology();
        });
        if (added[0] != null) {
            selection.select(added[0]);
            status.accept("Added " + noun + " " + added[0].id() + ".");
        }
        return added[0] != null;
    }

    /**
     * Adds a data center into a location or a server into a data center: at a canvas point when it lies in the
     * frame and is free, else in the frame's first free slot; returns whether something was added.
     */
    boolean addInto(CanvasTool tool, ElementRef frame, double x, double y) {
        LayoutBox box = scene.get().boxOf(frame).orElse(null);
        if (box == null) {
            return false;
        }
        boolean inside = Boxes.contains(box, x, y);
        double px = inside ? x : Boxes.centerX(box);
        double py = inside ? y : Boxes.centerY(box);
        Function<Topology, Added> add = tool == CanvasTool.ADD_DATA_CENTER && frame.kind() == ElementKind.LOCATION
                ? t -> StructureEdits.addDataCenter(t, frame.id(), px, py)
                : tool == CanvasTool.ADD_SERVER && frame.kind() == ElementKind.DATA_CENTER
                ? t -> StructureEdits.addServer(t, frame.id(), px, py) : null;
        return add != null && added(tool, add);
    }

    /** Takes the canvas elements among {@code refs} down, or brings them up, in one step. */
    void setStatus(Set<ElementRef> refs, Status status) {
        List<ElementRef> elements = canvasElements(refs);
        if (elements.isEmpty()) {
            return;
        }
        run("Mark " + EditLabels.count(elements) + " " + status.name().toLowerCase(Locale.ROOT), t -> {
            Topology next = t;
            for (ElementRef ref : elements) {
                next = PropertyEdits.setStatus(next, ref, status);
            }
            return next;
        });
    }

    boolean canPaste() {
        return !clipboard.isEmpty();
    }

    void move(Set<ElementRef> refs, double dx, double dy, Object coalesceKey) {
        String label = "Move " + EditLabels.count(canvasElements(refs));
        try {
            document.commands().execute(label, coalesceKey, t -> StructureEdits.move(t, refs, dx, dy));
        } catch (IllegalArgumentException e) {
            status.accept(e.getMessage());
        }
    }

    /** Where a drag ends: whatever covers a sibling moves to the nearest free spot, in the drag's undo step. */
    void settle(Set<ElementRef> refs, Object coalesceKey) {
        document.commands().execute("Move " + EditLabels.count(canvasElements(refs)), coalesceKey,
                t -> StructureEdits.settle(t, refs));
    }

    /** Drops servers into another data center, or data centers into another location, in the drag's undo step. */
    void moveInto(Set<ElementRef> refs, ElementRef target, double dx, double dy, Object coalesceKey) {
        String label = "Move " + EditLabels.count(canvasElements(refs)) + " into " + target.id();
        try {
            if (document.commands().execute(label, coalesceKey, t -> StructureEdits.moveInto(t, refs, target, dx, dy))) {
                status.accept("Moved " + EditLabels.count(canvasElements(refs)) + " into " + target.id() + ".");
            }
        } catch (IllegalArgumentException e) {
            status.accept(e.getMessage());
        }
    }

    void resize(ElementRef frame, LayoutBox box, Object coalesceKey) {
        document.commands().execute("Resize " + frame.id(), coalesceKey, t -> StructureEdits.resize(t, frame, box));
    }

    void endGesture() {
        document.commands().endCoalescing();
    }

    void rename(ElementRef ref, String name) {
        run("Rename " + ref.id(), t -> StructureEdits.rename(t, ref, name));
    }

    void delete() {
        List<ElementRef> refs = List.copyOf(selection.snapshot());
        if (!refs.isEmpty()) {
            run("Delete " + EditLabels.count(refs), t -> StructureEdits.delete(t, refs));
        }
    }

    void copy() {
        List<ElementRef> refs = canvasElements(selection.snapshot());
        if (refs.isEmpty()) {
            return;
        }
        clipboard = Clipboard.copy(document.topology(), refs);
        status.accept("Copied " + clipboard.describe() + ".");
    }

    /** Cut is copy and delete; the clipboard is set back by one paste offset so pasting puts things back in place. */
    void cut() {
        List<ElementRef> refs = canvasElements(selection.snapshot());
        if (refs.isEmpty()) {
            return;
        }
        Clipboard copied = Clipboard.copy(document.topology(), refs);
        double back = -StructureEdits.pasteOffset();
        clipboard = copied.shifted(back, back);
        run("Cut " + copied.describe(), t -> StructureEdits.delete(t, refs));
    }

    void paste() {
        if (clipboard.isEmpty()) {
            status.accept("The clipboard is empty: copy something first.");
            return;
        }
        Set<ElementRef> selected = selection.snapshot();
        ElementRef target = selected.size() == 1 ? selected.iterator().next() : null;
        Clipboard pasting = clipboard;
        List<ElementRef> pasted = new ArrayList<>();
        run("Paste " + pasting.describe(), t -> {
            Pasted result = StructureEdits.paste(t, pasting, target);
            pasted.addAll(result.pasted());
            return result.topology();
        });
        if (pasted.isEmpty()) {
            status.accept("Nothing to paste into: select a location for data centers, a data center for servers.");
            return;
        }
        double step = StructureEdits.pasteOffset();
        clipboard = clipboard.shifted(step, step);
        selection.selectAll(pasted);
    }

    void duplicate() {
        List<ElementRef> refs = canvasElements(selection.snapshot());
        if (refs.isEmpty()) {
            return;
        }
        List<ElementRef> copies = new ArrayList<>();
        run("Duplicate " + EditLabels.count(refs), t -> {
            Pasted result = StructureEdits.duplicate(t, refs);
            copies.addAll(result.pasted());
            return result.topology();
        });
        if (!copies.isEmpty()) {
            selection.selectAll(copies);
        }
    }

    void arrange() {
        List<ElementRef> frames = selection.snapshot().stream()
                .filter(r -> r.kind() == ElementKind.LOCATION || r.kind() == ElementKind.DATA_CENTER)
                .toList();
        String label = frames.isEmpty() ? "Arrange everything" : "Arrange " + EditLabels.count(frames);
        if (!run(label, t -> StructureEdits.arrangeChildren(t, frames))) {
            status.accept("Already arranged.");
        }
    }

    void align(Alignment alignment) {
        List<ElementRef> refs = canvasElements(selection.snapshot());
        run("Align " + alignment.name().toLowerCase(Locale.ROOT), t -> StructureEdits.align(t, refs, alignment));
    }

    void selectAll() {
        selection.selectAll(scene.get().allElements());
    }

    private boolean run(String label, UnaryOperator<Topology> edit) {
        try {
            return document.commands().execute(label, edit);
        } catch (IllegalArgumentException e) {
            status.accept(e.getMessage());
            return false;
        }
    }

    private static List<ElementRef> canvasElements(Set<ElementRef> refs) {
        return refs.stream()
                .filter(r -> r.kind() == ElementKind.LOCATION || r.kind() == ElementKind.DATA_CENTER || r.kind() == ElementKind.SERVER)
                .toList();
    }
}
