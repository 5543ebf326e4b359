package dev.aegisplanner.app.render.scene;

import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Origin;

/** An origin drawn at the right edge of the drawing, where the requests go. */
public record SceneOrigin(ElementRef ref, Origin origin, LayoutBox box) {
}
