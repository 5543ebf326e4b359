package dev.aegisplanner.app.render.scene;

import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.List;
import java.util.function.Consumer;

/**
 * A location or data center frame as drawn. A location holds data center frames, a data center holds
 * servers in a {@link ServerIndex}. {@code reach} is the frame's box joined with everything inside it, so a
 * frame whose contents stick out (a hand-edited file) is still found by culling and hit tests.
 *
 * @param tag the id, shown beside the title when the frame has a name of its own; otherwise null
 * @param region a location's region for its pill, or null
 * @param subtitle the muted line under a location's title (coordinates and counts) or beside a data center's
 * @param pools the distinct pools of the addresses held inside, for the chips shown when servers are not drawn
 * @param source the {@code Location} or {@code DataCenter} drawn; the next scene reuses a frame whose source,
 *     boxes and state did not change
 */
public record SceneFrame(ElementRef ref, String title, String tag, String region, String subtitle, LayoutBox box, LayoutBox reach,
                         boolean ownDown, boolean down, List<SceneFrame> dataCenters, ServerIndex servers,
                         int serverCount, int downServerCount, List<String> pools, Record source) {

    /** Between the parts of a location's details: its place, its data centers, its servers. */
    public static final String DETAILS_SEPARATOR = " · ";

    public boolean isLocation() {
        return ref.kind() == ElementKind.LOCATION;
    }

    /** The servers whose boxes meet {@code view}, in drawing order. */
    public void forEachServerIn(LayoutBox view, Consumer<SceneServer> action) {
        servers.forEachIn(view, action);
    }

    public boolean reaches(LayoutBox view) {
        return Boxes.intersects(reach, view);
    }
}
