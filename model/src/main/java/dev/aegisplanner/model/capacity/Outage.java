package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;

/**
 * What a drill takes down on top of the plan's own statuses: nothing, one data center, or one location (with
 * everything in it). Shares never move with it: the plan stays the plan.
 */
record Outage(ElementRef element) {

    static final Outage NONE = new Outage(null);

    static Outage of(ElementRef element) {
        if (element.kind() != ElementKind.LOCATION && element.kind() != ElementKind.DATA_CENTER) {
            throw new IllegalArgumentException("a drill takes down a location or a data center, not " + element);
        }
        return new Outage(element);
    }

    boolean isNone() {
        return element == null;
    }

    /** Whether the drill takes this data center down, itself or with its location. */
    boolean covers(Sites.DataCenterSite dataCenter) {
        return element != null && (element.kind() == ElementKind.DATA_CENTER
                ? element.id().equals(dataCenter.id()) : element.id().equals(dataCenter.location()));
    }

    /** Whether the drill takes this location down. */
    boolean coversLocation(String location) {
        return element != null && element.kind() == ElementKind.LOCATION && element.id().equals(location);
    }
}
