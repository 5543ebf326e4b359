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

    /** The status of a utilization given as a fraction; an infinite one (load on no capacity) is over. */
    public static RowStatus of(double utilization) {
        if (utilization > 1) {
            return OVER;
        }
        return utilization >= WARN_FROM ? WARN : OK;
    }
}
