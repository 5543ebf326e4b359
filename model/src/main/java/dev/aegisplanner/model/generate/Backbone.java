package dev.aegisplanner.model.generate;

import dev.aegisplanner.model.geo.GreatCircle;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Backbone links between each location and its nearest neighbours. Latency follows the fibre: light covers
 * about 200 km per millisecond in glass, and real routes run about 1.5 times the great-circle distance.
 */
final class Backbone {

    private static final int NEIGHBOURS = 3;
    private static final double KM_PER_MS = 200.0;
    private static final double ROUTE_FACTOR = 1.5;
    private static final double SWITCHING_MS = 0.3;

    private Backbone() {
    }

    static List<Link> between(List<Location> locations) {
        List<Link> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < locations.size(); i++) {
            Location from = locations.get(i);
            int self = i;
            List<Integer> nearest = IntStream.range(0, locations.size())
                    .filter(j -> j != self)
                    .boxed()
                    .sorted(Comparator.comparingDouble((Integer j) -> km(from, locations.get(j))).thenComparing(j -> j))
                    .limit(NEIGHBOURS)
                    .toList();
            for (int j : nearest) {
                Location to = locations.get(j);
                String key = i < j ? i + "~" + j : j + "~" + i;
                if (seen.add(key)) {
                    links.add(new Link(from.id(), to.id(), latencyMs(km(from, to))));
                }
            }
        }
        return links;
    }

    private static double km(Location a, Location b) {
        return GreatCircle.km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    private static double latencyMs(double km) {
        return Math.round((SWITCHING_MS + km * ROUTE_FACTOR / KM_PER_MS) * 10) / 10.0;
    }
}
