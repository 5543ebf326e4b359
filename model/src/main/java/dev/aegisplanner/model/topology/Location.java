package dev.aegisplanner.model.topology;

import java.util.List;
import java.util.Objects;

/**
 * A location (metro) with its data centers.
 *
 * @param region optional region name used by zones' Regional Services restrictions
 * @param lat latitude in degrees, required in the file
 * @param lon longitude in degrees, required in the file
 */
public record Location(String id, String name, String region, double lat, double lon, Status status,
                       List<DataCenter> dataCenters) {

    public Location {
        Objects.requireNonNull(id, "id");
        status = status == null ? Status.UP : status;
        dataCenters = dataCenters == null ? List.of() : List.copyOf(dataCenters);
    }

    public static Location of(String id, String region, double lat, double lon, DataCenter... dataCenters) {
        return new Location(id, null, region, lat, lon, Status.UP, List.of(dataCenters));
    }

    public String displayName() {
        return name == null ? id : name;
    }

    public Location withDataCenters(List<DataCenter> newDataCenters) {
        return new Location(id, name, region, lat, lon, status, newDataCenters);
    }

    public Location withStatus(Status newStatus) {
        return new Location(id, name, region, lat, lon, newStatus, dataCenters);
    }

    public Location withCoordinates(double newLat, double newLon) {
        return new Location(id, name, region, newLat, newLon, status, dataCenters);
    }

    public Location withRegion(String newRegion) {
        return new Location(id, name, newRegion, lat, lon, status, dataCenters);
    }

    public Location withId(String newId) {
        return new Location(newId, name, region, lat, lon, status, dataCenters);
    }

    public Location withName(String newName) {
        return new Location(id, newName, region, lat, lon, status, dataCenters);
    }
}
