package dev.aegisplanner.model.topology;

/** A server together with the data center and location that contain it. */
public record ServerPlace(Location location, DataCenter dataCenter, Server server) {

    /** Up, in an up data center, in an up location. */
    public boolean isUp() {
        return server.status().isUp() && dataCenter.status().isUp() && location.status().isUp();
    }
}
