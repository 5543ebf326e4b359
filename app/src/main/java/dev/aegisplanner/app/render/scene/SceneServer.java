package dev.aegisplanner.app.render.scene;

import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Server;
import java.util.List;

/**
 * A server as drawn: where, whether it is down (itself, or with its data center or location), and the pool of
 * each egress address it holds, in order, for the coloured chips ({@code null} for an address in no pool).
 *
 * @param dataCenterId the data center it is drawn in
 * @param order its position in that data center's list: later servers are drawn on top
 */
public record SceneServer(ElementRef ref, Server server, LayoutBox box, boolean ownDown, boolean down,
                          List<String> chipPools, String dataCenterId, int order) {

    public String label() {
        return server.displayName();
    }
}
