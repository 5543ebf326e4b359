package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.app.render.scene.SceneFrame;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the locations' names are on screen at a zoom: in their headers, or, zoomed out, on the tags that sit
 * on their top edges. Labels drawn over the drawing (the path's) keep off them, and a press on a tag grabs its
 * location as a press on its header does.
 */
public final class LocationTitles {

    private LocationTitles() {
    }

    /** The screen areas of the names of the locations in view. */
    static List<LayoutBox> onScreen(Surface s, CanvasScene scene, Viewport vp) {
        List<LayoutBox> areas = new ArrayList<>();
        for (SceneFrame location : scene.locations()) {
            if (location.reaches(vp.visible())) {
                area(s, location, vp).ifPresent(areas::add);
            }
        }
        return areas;
    }

    /** The location whose name tag is at a screen point (zoomed out, where tags stand for headers). */
    public static Optional<ElementRef> tagAt(Surface s, CanvasScene scene, Viewport vp, double x, double y) {
        if (!LabelPainter.showsLocationTags(vp.scale())) {
            return Optional.empty();
        }
        for (int i = scene.locations().size() - 1; i >= 0; i--) {
            SceneFrame location = scene.locations().get(i);
            LayoutBox tag = location.reaches(vp.visible()) ? LabelPainter.locationTag(s, location, vp) : null;
            if (tag != null && Boxes.contains(tag, x, y)) {
                return Optional.of(location.ref());
            }
        }
        return Optional.empty();
    }

    private static Optional<LayoutBox> area(Surface s, SceneFrame location, Viewport vp) {
        LayoutBox header = FramePainter.locationTitle(s, location, vp.scale());
        return Optional.ofNullable(header != null ? vp.toScreen(header) : LabelPainter.locationTag(s, location, vp));
    }
}
