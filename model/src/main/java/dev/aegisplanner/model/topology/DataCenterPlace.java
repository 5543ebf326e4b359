package dev.aegisplanner.model.topology;

/** A data center together with the location that contains it, and where both sit in their lists. */
public record DataCenterPlace(Location location, DataCenter dataCenter, int locationIndex, int dataCenterIndex) {
}
