package dev.aegisplanner.model.generate;

import dev.aegisplanner.model.edit.FreshIds;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Builds a large, realistic synthetic topology for demos, benchmarks and scale tests. The same spec always
 * gives the same topology. Locations sit around real metros (the first location of a metro carries its
 * three-letter code, later ones are numbered: FRA, FRA2, named Frankfurt, Frankfurt North), data centers and servers are spread unevenly, a
 * few elements are down, and the result validates: every egress address belongs to one pool and is
 * deployed in at most four locations. The topology has no layout; the editor arranges it.
 */
public final class TopologyGenerator {

    private static final double DOWN_SERVER_SHARE = 0.01;
    private static final double DOWN_DATA_CENTER_SHARE = 0.01;
    private static final int LOCATIONS_PER_DOWN_LOCATION = 100;
    /** How a metro's second, third, ... location is named: Frankfurt, Frankfurt North, Frankfurt South. */
    private static final List<String> AREAS = List.of("", " North", " South", " East", " West", " Central");

    private final GeneratorSpec spec;
    private final Random random;
    private final FreshIds ids = FreshIds.none();

    private TopologyGenerator(GeneratorSpec spec) {
        this.spec = spec;
        this.random = new Random(spec.seed());
    }

    public static Topology generate(GeneratorSpec spec) {
        return new TopologyGenerator(spec).build();
    }

    private Topology build() {
        List<Location> skeleton = locations();
        CustomerPlan customers = new CustomerPlan(skeleton, spec.pools(), random);
        List<Location> locations = withEgress(skeleton, customers.serverIps, customers.dataCenterShares);
        return new Topology(title(), "Synthetic topology generated with seed " + spec.seed() + ".",
                locations, Backbone.between(locations),
                customers.customers.stream().map(CustomerPlan.Customer::pool).toList(),
                customers.zones,
                customers.customers.stream().map(CustomerPlan.Customer::origin).toList(),
                ScenarioPlan.scenarios(customers.customers, locations),
                Map.of());
    }

    private List<Location> locations() {
        List<Metro> metros = new ArrayList<>(Metros.ALL);
        Collections.shuffle(metros, random);
        int[] dataCenterCounts = Spread.counts(spec.dataCenters(), spec.locations(), random);
        int[] serverCounts = Spread.counts(spec.servers(), spec.dataCenters(), random);
        int downLocation = spec.locations() >= LOCATIONS_PER_DOWN_LOCATION ? random.nextInt(spec.locations()) : -1;
        List<Location> locations = new ArrayList<>(spec.locations());
        int dataCenterIndex = 0;
        for (int i = 0; i < spec.locations(); i++) {
            Metro metro = metros.get(i % metros.size());
            int round = i / metros.size();
            String id = ids.location(metro.code());
            String name = metro.name() + (round < AREAS.size() ? AREAS.get(round) : " " + (round + 1));
            double jitter = round == 0 ? 0.05 : 0.6;
            double lat = clamp(metro.lat() + (random.nextDouble() * 2 - 1) * jitter, -89.9, 89.9);
            double lon = clamp(metro.lon() + (random.nextDouble() * 2 - 1) * jitter * 1.5, -179.9, 179.9);
            List<DataCenter> dataCenters = new ArrayList<>(dataCenterCounts[i]);
            for (int d = 0; d < dataCenterCounts[i]; d++) {
                dataCenters.add(dataCenter(id, name, d + 1, serverCounts[dataCenterIndex++]));
            }
            Status status = (i == downLocation && spec.locations() > 1) ? Status.DOWN : Status.UP;
            locations.add(new Location(id, name, metro.region(), round2(lat), round2(lon), status, dataCenters));
        }
        return locations;
    }

    private DataCenter dataCenter(String locationId, String locationName, int number, int serverCount) {
        String id = ids.dataCenter(locationId);
        List<Server> servers = new ArrayList<>(serverCount);
        for (int s = 0; s < serverCount; s++) {
            Status status = random.nextDouble() < DOWN_SERVER_SHARE ? Status.DOWN : Status.UP;
            servers.add(new Server(ids.server(id), null, status, List.of()));
        }
        Status status = spec.dataCenters() > 1 / DOWN_DATA_CENTER_SHARE && random.nextDouble() < DOWN_DATA_CENTER_SHARE
                ? Status.DOWN : Status.UP;
        return new DataCenter(id, locationName + " " + number, status, Map.of(), servers);
    }

    /** The skeleton with the customers' addresses on their servers and the capacity shares on their data centers. */
    private static List<Location> withEgress(List<Location> skeleton, Map<String, List<String>> serverIps,
                                             Map<String, Map<String, Double>> shares) {
        List<Location> result = new ArrayList<>(skeleton.size());
        for (Location l : skeleton) {
            List<DataCenter> dataCenters = new ArrayList<>(l.dataCenters().size());
            for (DataCenter d : l.dataCenters()) {
                List<Server> servers = new ArrayList<>(d.servers().size());
                for (Server s : d.servers()) {
                    List<String> ips = serverIps.get(s.id());
                    servers.add(ips == null ? s : s.withEgressIps(ips));
                }
                dataCenters.add(d.withServers(servers).withIpCapacity(shares.getOrDefault(d.id(), Map.of())));
            }
            result.add(l.withDataCenters(dataCenters));
        }
        return result;
    }

    private String title() {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        return "Synthetic: " + n.format(spec.locations()) + " locations, " + n.format(spec.dataCenters())
                + " data centers, " + n.format(spec.servers()) + " servers";
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
