package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.validation.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * For each frame, the worst problem inside it, so a problem on a server is still visible when the drawing
 * is zoomed out too far to draw that server. Recomputed only when the scene or the markers change.
 */
final class MarkerRollup {

    private CanvasScene scene;
    private Map<ElementRef, Severity> markers;
    private Map<String, Severity> worstInside = Map.of();

    Map<String, Severity> of(CanvasScene forScene, Map<ElementRef, Severity> forMarkers) {
        if (forScene != scene || forMarkers != markers) {
            scene = forScene;
            markers = forMarkers;
            worstInside = compute(forScene, forMarkers);
        }
        return worstInside;
    }

    private static Map<String, Severity> compute(CanvasScene scene, Map<ElementRef, Severity> markers) {
        Map<String, Severity> worst = new HashMap<>();
        markers.forEach((ref, severity) -> {
            for (Optional<ElementRef> p = scene.parentOf(ref); p.isPresent(); p = scene.parentOf(p.get())) {
                worst.merge(p.get().id(), severity, (a, b) -> a == Severity.ERROR || b == Severity.ERROR ? Severity.ERROR : a);
            }
        });
        return worst;
    }
}
