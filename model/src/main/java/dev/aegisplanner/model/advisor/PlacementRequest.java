package dev.aegisplanner.model.advisor;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the planner asks the advisor: where should pool {@code pool}'s IPv4 addresses go?
 *
 * @param count how many addresses: the pool's own, exactly N, or the fewest that work
 * @param nMinusOne whether the placement must also hold with any single data center or location down
 * @param timeLimit how long the solver may search for each placement it is asked for
 * @param pins addresses that must stay in a location
 * @param keep locations that must keep holding at least one of the pool's addresses
 * @param exclude locations that must hold none
 */
public record PlacementRequest(String pool, AddressCount count, boolean nMinusOne, Duration timeLimit, List<Pin> pins,
                               Set<String> keep, Set<String> exclude) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    public PlacementRequest {
        Objects.requireNonNull(pool, "pool");
        count = count == null ? AddressCount.POOL : count;
        timeLimit = timeLimit == null ? DEFAULT_TIME_LIMIT : timeLimit;
        pins = pins == null ? List.of() : List.copyOf(pins);
        keep = keep == null ? Set.of() : Set.copyOf(keep);
        exclude = exclude == null ? Set.of() : Set.copyOf(exclude);
    }

    /** The pool's own addresses, no failure drills, the default time limit, nothing pinned. */
    public static PlacementRequest of(String pool) {
        return new PlacementRequest(pool, AddressCount.POOL, false, DEFAULT_TIME_LIMIT, List.of(), Set.of(), Set.of());
    }

    public PlacementRequest withCount(AddressCount newCount) {
        return new PlacementRequest(pool, newCount, nMinusOne, timeLimit, pins, keep, exclude);
    }

    public PlacementRequest withNMinusOne(boolean on) {
        return new PlacementRequest(pool, count, on, timeLimit, pins, keep, exclude);
    }

    public PlacementRequest withTimeLimit(Duration limit) {
        return new PlacementRequest(pool, count, nMinusOne, limit, pins, keep, exclude);
    }

    public PlacementRequest withPins(List<Pin> newPins) {
        return new PlacementRequest(pool, count, nMinusOne, timeLimit, newPins, keep, exclude);
    }

    public PlacementRequest withKeep(Set<String> locations) {
        return new PlacementRequest(pool, count, nMinusOne, timeLimit, pins, locations, exclude);
    }

    public PlacementRequest withExclude(Set<String> locations) {
        return new PlacementRequest(pool, count, nMinusOne, timeLimit, pins, keep, locations);
    }
}
