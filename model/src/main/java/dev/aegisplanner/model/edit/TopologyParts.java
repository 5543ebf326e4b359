package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.Topology;

/** One part of a topology (its name, its zones, its layout, ...) on its own, and copied from one topology to another. */
final class TopologyParts {

    private TopologyParts() {
    }

    /** A topology with only the part {@code name} of {@code t}. */
    static Topology only(Topology t, String name) {
        return copy(Topology.empty(null), t, name);
    }

    /** {@code to} with the part {@code name} of {@code from}. */
    static Topology copy(Topology to, Topology from, String name) {
        return switch (name) {
            case "name" -> to.withName(from.name());
            case "description" -> to.withDescription(from.description());
            case "locations" -> to.withLocations(from.locations());
            case "links" -> to.withLinks(from.links());
            case "pools" -> to.withPools(from.pools());
            case "zones" -> to.withZones(from.zones());
            case "origins" -> to.withOrigins(from.origins());
            case "scenarios" -> to.withScenarios(from.scenarios());
            case "demand" -> to.withDemand(from.demand());
            case "layout" -> to.withLayout(from.layout());
            default -> throw new IllegalArgumentException("A topology has no part " + name);
        };
    }
}
