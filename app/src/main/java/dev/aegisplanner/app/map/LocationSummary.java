package dev.aegisplanner.app.map;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import java.util.HashSet;
import java.util.Set;

/** What the map says about a location: its health, and how much it holds. */
record LocationSummary(Location location, Health health, int dataCenters, int servers, int serversUp,
                       int egressIps) {

    /** The dot colour: everything up, something inside down, or the whole location down. */
    enum Health {
        UP,
        PARTLY_DOWN,
        DOWN
    }

    static LocationSummary of(Location location) {
        int servers = 0;
        int up = 0;
        boolean somethingDown = false;
        Set<String> ips = new HashSet<>();
        for (DataCenter dc : location.dataCenters()) {
            somethingDown |= !dc.status().isUp();
            for (Server server : dc.servers()) {
                servers++;
                boolean serverUp = server.status().isUp() && dc.status().isUp() && location.status().isUp();
                up += serverUp ? 1 : 0;
                somethingDown |= !server.status().isUp();
                ips.addAll(server.egressIps());
            }
        }
        Health health = !location.status().isUp() ? Health.DOWN : somethingDown ? Health.PARTLY_DOWN : Health.UP;
        return new LocationSummary(location, health, location.dataCenters().size(), servers, up, ips.size());
    }

    /** Dot radius in pixels: bigger metros read bigger, within a narrow band so none hides another. */
    double radius() {
        return 4.5 + Math.min(3.0, Math.log(1 + servers) / Math.log(4));
    }
}
