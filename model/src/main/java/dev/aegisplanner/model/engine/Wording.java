package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Zone;

/** Phrases shared by several checks, so the same thing is always said the same way. */
final class Wording {

    private Wording() {
    }

    /** "in region EU", or "without a region". */
    static String regionOf(Location location) {
        return location.region() == null ? "without a region" : "in region " + location.region();
    }

    /** "APAC", "APAC or EU". */
    static String regions(Zone zone) {
        return String.join(" or ", zone.regions());
    }

    /** "FRA is in region EU; zone shop.example.com egresses only from APAC". */
    static String region(Location location, Zone zone, boolean allowed) {
        String where = location.id() + " is " + regionOf(location);
        return allowed
                ? where + ", where zone " + zone.id() + " may egress"
                : where + "; zone " + zone.id() + " egresses only from " + regions(zone);
    }
}
