package dev.aegisplanner.model.engine;

import dev.aegisplanner.model.geo.GreatCircle;
import dev.aegisplanner.model.topology.Location;
import java.util.List;

/**
 * The spec's choice among the other locations that can egress: when the backbone reaches at least one
 * candidate, the reached candidate with the lowest shortest-path latency; when it reaches none, the
 * candidate at the shortest great-circle distance. Ties go to the smaller location id.
 *
 * @param runnerUp the next candidate in the same order, or {@code null} when the winner had no rival
 * @param winnerValue milliseconds when {@code byBackbone}, else kilometres; {@code runnerUpValue} likewise
 * @param route the backbone path to the winner when {@code byBackbone}, else {@code null}
 */
record ClosestLocation(Location ingress, Location winner, boolean byBackbone, double winnerValue,
                       Location runnerUp, double runnerUpValue, int candidates, BackboneRoute route) {

    static ClosestLocation among(Location ingress, List<Location> candidates, BackbonePaths paths) {
        boolean byBackbone = candidates.stream().anyMatch(c -> paths.reaches(c.id()));
        Location best = null;
        Location second = null;
        double bestValue = Double.NaN;
        double secondValue = Double.NaN;
        for (Location candidate : candidates) {
            if (byBackbone && !paths.reaches(candidate.id())) {
                continue;
            }
            double value = byBackbone ? paths.latencyMs(candidate.id()) : kmBetween(ingress, candidate);
            if (best == null || closer(value, candidate, bestValue, best)) {
                second = best;
                secondValue = bestValue;
                best = candidate;
                bestValue = value;
            } else if (second == null || closer(value, candidate, secondValue, second)) {
                second = candidate;
                secondValue = value;
            }
        }
        return new ClosestLocation(ingress, best, byBackbone, bestValue, second, secondValue, candidates.size(),
                byBackbone ? paths.route(best.id()) : null);
    }

    /** The locations a backbone path passes between the ingress location and the winner, in order. */
    List<String> via() {
        return route == null ? List.of() : route.locations().subList(1, route.locations().size() - 1);
    }

    private static boolean closer(double value, Location location, double otherValue, Location other) {
        int byValue = Double.compare(value, otherValue);
        return byValue != 0 ? byValue < 0 : location.id().compareTo(other.id()) < 0;
    }

    static double kmBetween(Location a, Location b) {
        return GreatCircle.km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /** E.g. "closest location AMS, 364 km (FRA-SIN 10,258 km); no backbone path to any candidate, great-circle distance decided". */
    String reason() {
        StringBuilder text = new StringBuilder("closest location ").append(winner.id()).append(", ")
                .append(format(winnerValue));
        if (!via().isEmpty()) {
            text.append(" via ").append(String.join("-", via()));
        }
        text.append(" (").append(rivalry()).append("); ");
        text.append(byBackbone ? "backbone latency decided"
                : "no backbone path to any candidate, great-circle distance decided");
        return text.toString();
    }

    private String rivalry() {
        if (runnerUp == null) {
            return byBackbone && candidates > 1 ? "the only candidate the backbone reaches" : "the only candidate";
        }
        if (Double.compare(winnerValue, runnerUpValue) == 0) {
            return "tie with " + runnerUp.id() + ", broken by location id";
        }
        return ingress.id() + "-" + runnerUp.id() + " " + format(runnerUpValue);
    }

    private String format(double value) {
        return byBackbone ? Numbers.ms(value) : Numbers.km(value);
    }
}
