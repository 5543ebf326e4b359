package dev.aegisplanner.model.generate;

/**
 * What {@link TopologyGenerator} builds: how many of each element, and the seed that makes the result
 * repeatable. Data centers are spread over the locations and servers over the data centers, so
 * {@code dataCenters >= locations} and {@code servers >= dataCenters} give every frame some content.
 *
 * @param pools dedicated egress pools (customers); each gets zones, an origin and IPv4 addresses
 */
public record GeneratorSpec(int locations, int dataCenters, int servers, int pools, long seed) {

    public GeneratorSpec {
        requireNotNegative("locations", locations);
        requireNotNegative("data centers", dataCenters);
        requireNotNegative("servers", servers);
        requireNotNegative("pools", pools);
        if (dataCenters > 0 && locations == 0) {
            throw new IllegalArgumentException("Data centers need at least one location");
        }
        if (servers > 0 && dataCenters == 0) {
            throw new IllegalArgumentException("Servers need at least one data center");
        }
    }

    /** The scale the editor must stay responsive at: 300 locations, 1,000 data centers, 100,000 servers. */
    public static GeneratorSpec large(long seed) {
        return new GeneratorSpec(300, 1_000, 100_000, 40, seed);
    }

    private static void requireNotNegative(String what, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("The number of " + what + " cannot be negative: " + count);
        }
    }
}
