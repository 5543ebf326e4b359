package dev.aegisplanner.model.topology;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A whole topology file (format {@value #FORMAT}, version {@value #VERSION}). Immutable: an edit builds a
 * new value, which is what makes undo cheap and the engine's index safe to cache per topology.
 */
public record Topology(String name, String description, List<Location> locations, List<Link> links,
                       List<Pool> pools, List<Zone> zones, List<Origin> origins, List<Scenario> scenarios,
                       Map<String, LayoutBox> layout) {

    public static final String FORMAT = "aegis-topology";
    public static final int VERSION = 1;

    public Topology {
        locations = locations == null ? List.of() : List.copyOf(locations);
        links = links == null ? List.of() : List.copyOf(links);
        pools = pools == null ? List.of() : List.copyOf(pools);
        zones = zones == null ? List.of() : List.copyOf(zones);
        origins = origins == null ? List.of() : List.copyOf(origins);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        layout = layout == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(layout));
    }

    public static Topology empty(String name) {
        return new Topology(name, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    public Stream<DataCenter> dataCenters() {
        return locations.stream().flatMap(l -> l.dataCenters().stream());
    }

    public Stream<Server> servers() {
        return dataCenters().flatMap(d -> d.servers().stream());
    }

    public Optional<Location> location(String id) {
        return locations.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<Pool> pool(String id) {
        return pools.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Zone> zone(String id) {
        return zones.stream().filter(z -> z.id().equals(id)).findFirst();
    }

    public Optional<Origin> origin(String id) {
        return origins.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<Scenario> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Topology withName(String newName) {
        return new Topology(newName, description, locations, links, pools, zones, origins, scenarios, layout);
    }

    public Topology withDescription(String text) {
        return new Topology(name, text, locations, links, pools, zones, origins, scenarios, layout);
    }

    public Topology withLocations(List<Location> list) {
        return new Topology(name, description, list, links, pools, zones, origins, scenarios, layout);
    }

    public Topology withLinks(List<Link> list) {
        return new Topology(name, description, locations, list, pools, zones, origins, scenarios, layout);
    }

    public Topology withPools(List<Pool> list) {
        return new Topology(name, description, locations, links, list, zones, origins, scenarios, layout);
    }

    public Topology withZones(List<Zone> list) {
        return new Topology(name, description, locations, links, pools, list, origins, scenarios, layout);
    }

    public Topology withOrigins(List<Origin> list) {
        return new Topology(name, description, locations, links, pools, zones, list, scenarios, layout);
    }

    public Topology withScenarios(List<Scenario> list) {
        return new Topology(name, description, locations, links, pools, zones, origins, list, layout);
    }

    public Topology withLayout(Map<String, LayoutBox> newLayout) {
        return new Topology(name, description, locations, links, pools, zones, origins, scenarios, newLayout);
    }
}
