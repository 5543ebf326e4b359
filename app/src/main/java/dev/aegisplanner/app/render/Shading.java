package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.scene.SceneServer;

/**
 * The colours an analysis view lays over the drawing (coverage by tier, capacity by utilization): per data center
 * and per server, by id, {@code null} for those it says nothing about. Asked while drawing, for what is visible
 * only, so an implementation looks colours up rather than working them out.
 */
public interface Shading {

    Shading NONE = new Shading() {
        @Override
        public Shade dataCenter(String id) {
            return null;
        }

        @Override
        public Shade server(SceneServer server) {
            return null;
        }
    };

    Shade dataCenter(String id);

    /** A server as drawn: its id, the addresses it holds and its data center are at hand. */
    Shade server(SceneServer server);
}
