package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ServerPlace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's data centers that hold servers, numbered 0, 1, 2, ... so the fast path can keep what it worked out
 * for one in an array, and per server (by its index in {@link Elements#servers()}) the number of its data center
 * and whether it can be an ingress. One {@code int} per server answers both, so deciding by an ingress id reads
 * one array slot after the id's lookup instead of following the server's place to its server, data center and
 * location to learn whether all three are up.
 */
final class DataCenterSlots {

    /** Per server: its data center's number when it is up, in an up data center and location; else -1. */
    private final int[] ofServer;
    private final Map<String, Integer> byId = new HashMap<>();
    /** Per number: a server of the data center, which names the data center and its location. */
    private final List<ServerPlace> anyServer = new ArrayList<>();

    DataCenterSlots(List<ServerPlace> servers) {
        ofServer = new int[servers.size()];
        DataCenter previous = null;
        int slot = -1;
        for (int i = 0; i < servers.size(); i++) {
            ServerPlace place = servers.get(i);
            // Servers come data center by data center, so the map is asked once per data center.
            if (place.dataCenter() != previous) {
                previous = place.dataCenter();
                slot = byId.computeIfAbsent(previous.id(), id -> {
                    anyServer.add(place);
                    return anyServer.size() - 1;
                });
            }
            ofServer[i] = place.isUp() ? slot : -1;
        }
    }

    int count() {
        return anyServer.size();
    }

    /** The number of the data center of the server at this index of {@link Elements#servers()}, or -1 when it is not up. */
    int ofUpServer(int ordinal) {
        return ofServer[ordinal];
    }

    /**
     * The number of the place's data center when it is one of the engine's, else -1. Its data center and its
     * location must be the very objects the engine holds: an edit of a location's status or regions keeps the
     * location's data centers, so a place from another version can hold the engine's data center inside a location
     * that is now down; and a data center the engine ignores because its id repeats is not one of its own.
     */
    int of(ServerPlace place) {
        Integer slot = byId.get(place.dataCenter().id());
        if (slot == null) {
            return -1;
        }
        ServerPlace mine = anyServer.get(slot);
        return mine.dataCenter() == place.dataCenter() && mine.location() == place.location() ? slot : -1;
    }

    /** A server of the data center with this number, for its data center and location. */
    ServerPlace anyServer(int slot) {
        return anyServer.get(slot);
    }
}
