package dev.aegisplanner.model.capacity;

/**
 * How loaded a row is (PRODUCT.md section 7): {@code ok} below 80 %, {@code warn} from 80 % up to and
 * including 100 %, {@code over} above 100 %.
 */
public enum RowStatus {
    OK("ok"),
    WARN("warn"),
    OVER("over");

    /** Where {@code warn} starts, as a fraction. */
    public static final double WARN_FROM = 0.8;

    private final String json;

    RowStatus(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    /**
     * How far above 100 % a utilization may be and still hold: connections and capacity are sums of shares, so a
     * plan loaded to exactly its capacity can come out at 1.0000000000000002, and calling that over would misstate
     * the plan.
     */
    private static final double ROUNDING = 1e-9;

    /** The status of a utilization given as a fraction; an infinite one (load on no capacity) is over. */
    public static RowStatus of(double utilization) {
        if (isOver(utilization)) {
            return OVER;
        }
        return utilization >= WARN_FROM - ROUNDING ? WARN : OK;
    }

    /** Whether a utilization given as a fraction is above 100 %, rounding error aside. */
    public static boolean isOver(double utilization) {
        return utilization > 1 + ROUNDING;
    }
}
