package dev.aegisplanner.model.topology;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A whole topology file (format {@value #FORMAT}, version {@value #VERSION}). Immutable: an edit builds a
 * new value that shares every part it did not change, which is what makes undo cheap and derived indexes
 * safe to cache per topology. Equal topologies have equal parts.
 */
public final class Topology {

    public static final String FORMAT = "aegis-topology";
    public static final int VERSION = 1;

    private final String name;
    private final String description;
    private final List<Location> locations;
    private final List<Link> links;
    private final List<Pool> pools;
    private final List<Zone> zones;
    private final List<Origin> origins;
    private final List<Scenario> scenarios;
    private final List<Demand> demand;
    private final Layout layout;
    private final UnknownFields unknownFields;
    /** Where the index of this topology's tree is kept; shared with the versions whose tree has the same ids. */
    private final IndexSlot indexSlot;

    public Topology(String name, String description, List<Location> locations, List<Link> links,
                    List<Pool> pools, List<Zone> zones, List<Origin> origins, List<Scenario> scenarios,
                    Map<String, LayoutBox> layout) {
        this(name, description, locations, links, pools, zones, origins, scenarios, List.of(), layout,
                UnknownFields.NONE);
    }

    public Topology(String name, String description, List<Location> locations, List<Link> links,
                    List<Pool> pools, List<Zone> zones, List<Origin> origins, List<Scenario> scenarios,
                    List<Demand> demand, Map<String, LayoutBox> layout, UnknownFields unknownFields) {
        this(name, description, immutable(locations), immutable(links), immutable(pools), immutable(zones),
                immutable(origins), immutable(scenarios), immutable(demand), Layout.copyOf(layout),
                unknownFields == null ? UnknownFields.NONE : unknownFields, new IndexSlot(null, null));
    }

    /** Takes the parts as they are: every caller passes parts that are already immutable. */
    private Topology(String name, String description, List<Location> locations, List<Link> links,
                     List<Pool> pools, List<Zone> zones, List<Origin> origins, List<Scenario> scenarios,
                     List<Demand> demand, Layout layout, UnknownFields unknownFields, IndexSlot indexSlot) {
        this.name = name;
        this.description = description;
        this.locations = locations;
        this.links = links;
        this.pools = pools;
        this.zones = zones;
        this.origins = origins;
        this.scenarios = scenarios;
        this.demand = demand;
        this.layout = layout;
        this.unknownFields = unknownFields;
        this.indexSlot = indexSlot;
    }

    private static <T> List<T> immutable(List<T> list) {
        // List.copyOf returns an immutable list as it is, so unchanged parts are shared, not copied.
        return list == null ? List.of() : List.copyOf(list);
    }

    public static Topology empty(String name) {
        return new Topology(name, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<Location> locations() {
        return locations;
    }

    public List<Link> links() {
        return links;
    }

    public List<Pool> pools() {
        return pools;
    }

    public List<Zone> zones() {
        return zones;
    }

    public List<Origin> origins() {
        return origins;
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** The demand entries (PRODUCT.md section 7), in file order; entries with the same key add up. */
    public List<Demand> demand() {
        return demand;
    }

    /** Where the editor draws each element: an immutable map that keeps file order and shares structure between versions. */
    public Layout layout() {
        return layout;
    }

    /**
     * Whether another version holds the very same elements (the same lists, not equal ones), so that it differs
     * at most in its layout, name, description, demand or unknown fields, as after a move: a view that keeps
     * something per element has nothing to look up again. Constant time.
     */
    public boolean sameElementsAs(Topology other) {
        return other == this || other != null && locations == other.locations && links == other.links
                && pools == other.pools && zones == other.zones && origins == other.origins
                && scenarios == other.scenarios;
    }

    /**
     * Lookups by id, parents, pointers and per-kind orders for this topology, built at most once for all the
     * versions of a topology whose tree holds the same ids in the same places (a property edit or a move makes
     * such a version). Cheap to call again: keep the topology, not the index.
     */
    public TopologyIndex index() {
        return new TopologyIndex(this, indexSlot.treeIds(locations));
    }

    /** Fields the format does not know, kept so that saving writes them back (they stay errors until fixed). */
    public UnknownFields unknownFields() {
        return unknownFields;
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
        return new Topology(newName, description, locations, links, pools, zones, origins, scenarios, demand, layout,
                unknownFields, indexSlot);
    }

    public Topology withDescription(String text) {
        return new Topology(name, text, locations, links, pools, zones, origins, scenarios, demand, layout,
                unknownFields, indexSlot);
    }

    public Topology withLocations(List<Location> list) {
        List<Location> next = immutable(list);
        return new Topology(name, description, next, links, pools, zones, origins, scenarios, demand, layout,
                unknownFields, next == locations ? indexSlot : new IndexSlot(indexSlot, locations));
    }

    public Topology withLinks(List<Link> list) {
        return new Topology(name, description, locations, immutable(list), pools, zones, origins, scenarios, demand,
                layout, unknownFields, indexSlot);
    }

    public Topology withPools(List<Pool> list) {
        return new Topology(name, description, locations, links, immutable(list), zones, origins, scenarios, demand,
                layout, unknownFields, indexSlot);
    }

    public Topology withZones(List<Zone> list) {
        return new Topology(name, description, locations, links, pools, immutable(list), origins, scenarios, demand,
                layout, unknownFields, indexSlot);
    }

    public Topology withOrigins(List<Origin> list) {
        return new Topology(name, description, locations, links, pools, zones, immutable(list), scenarios, demand,
                layout, unknownFields, indexSlot);
    }

    public Topology withScenarios(List<Scenario> list) {
        return new Topology(name, description, locations, links, pools, zones, origins, immutable(list), demand,
                layout, unknownFields, indexSlot);
    }

    public Topology withDemand(List<Demand> list) {
        return new Topology(name, description, locations, links, pools, zones, origins, scenarios, immutable(list),
                layout, unknownFields, indexSlot);
    }

    public Topology withLayout(Map<String, LayoutBox> newLayout) {
        return new Topology(name, description, locations, links, pools, zones, origins, scenarios, demand,
                Layout.copyOf(newLayout), unknownFields, indexSlot);
    }

    public Topology withUnknownFields(UnknownFields fields) {
        return new Topology(name, description, locations, links, pools, zones, origins, scenarios, demand, layout,
                Objects.requireNonNull(fields, "fields"), indexSlot);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Topology t && Objects.equals(name, t.name)
                && Objects.equals(description, t.description) && locations.equals(t.locations)
                && links.equals(t.links) && pools.equals(t.pools) && zones.equals(t.zones)
                && origins.equals(t.origins) && scenarios.equals(t.scenarios) && demand.equals(t.demand)
                && layout.equals(t.layout) && unknownFields.equals(t.unknownFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, locations, links, pools, zones, origins, scenarios, demand, layout,
                unknownFields);
    }

    /** Every part for a small topology (test failures read well); counts only for a large one. */
    @Override
    public String toString() {
        if (locations.size() + pools.size() + zones.size() + demand.size() <= 50 && layout.size() <= 200) {
            return "Topology[name=" + name + ", description=" + description + ", locations=" + locations
                    + ", links=" + links + ", pools=" + pools + ", zones=" + zones + ", origins=" + origins
                    + ", scenarios=" + scenarios + ", demand=" + demand + ", layout=" + layout + ", unknownFields="
                    + unknownFields + "]";
        }
        return "Topology[name=" + name + ", locations=" + locations.size() + ", links=" + links.size() + ", pools="
                + pools.size() + ", zones=" + zones.size() + ", origins=" + origins.size() + ", scenarios="
                + scenarios.size() + ", demand=" + demand.size() + ", layout=" + layout.size() + ", unknownFields="
                + unknownFields.owners().size() + "]";
    }
}
