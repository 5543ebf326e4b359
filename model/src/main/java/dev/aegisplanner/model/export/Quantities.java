package dev.aegisplanner.model.export;

import java.math.BigDecimal;

/**
 * Latencies and distances as planners write them: "7.5 ms", "12 ms", "1234 km". A value that is not a finite
 * number (only an edit in progress can make one; validation reports it) is said in words, never a crash.
 */
final class Quantities {

    private Quantities() {
    }

    static String millis(double ms) {
        return Double.isFinite(ms) ? plain(ms, 2) + " ms" : "no finite latency";
    }

    static String kilometres(double km) {
        return Double.isFinite(km) ? plain(km, 0) + " km" : "no finite distance";
    }

    private static String plain(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().toPlainString();
    }
}
