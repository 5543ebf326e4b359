package dev.aegisplanner.app.render;

import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.validation.Severity;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the drawing shows besides the topology: selection, problem markers, the element under the mouse or a
 * drop, an element being revealed (flashing), the rubber band, a drag's guides and ghosts, and the colours. An export renders with
 * {@link #plain(CanvasPalette)}.
 *
 * <p>{@code selection} and {@code markers} must not change after they are handed in (the selection model's set
 * and the problems' marker map never do): the state keeps them, read-only, instead of copying them.
 *
 * @param flashPhase 0 to 1 over a reveal's flash; ignored when {@code flash} is null
 * @param band the rubber band in canvas units, or null
 * @param handles whether the single selected frame shows its resize handles
 * @param miniature a thumbnail (the overview): no labels or overlays, which would only clutter it
 * @param guides alignment guides of a drag in progress, in canvas units
 * @param ghosts where a drag would drop what it carries into another frame, in canvas units
 */
public record RenderState(Set<ElementRef> selection, Map<ElementRef, Severity> markers, ElementRef hover,
                          ElementRef flash, double flashPhase, LayoutBox band, boolean handles, CanvasPalette palette,
                          boolean miniature, List<Guide> guides, List<LayoutBox> ghosts) {

    public RenderState {
        // Read-only views, not copies: a frame is painted for every step of a drag, and the selection and the
        // markers handed in are immutable values that may hold 100,000 entries (copying them cost 40 ms a frame).
        selection = Collections.unmodifiableSet(selection);
        markers = Collections.unmodifiableMap(markers);
        guides = List.copyOf(guides);
        ghosts = List.copyOf(ghosts);
    }

    public static RenderState plain(CanvasPalette palette) {
        return new RenderState(Set.of(), Map.of(), null, null, 0, null, false, palette, false, List.of(), List.of());
    }

    public static RenderState miniature(CanvasPalette palette) {
        return new RenderState(Set.of(), Map.of(), null, null, 0, null, false, palette, true, List.of(), List.of());
    }
}
