package dev.aegisplanner.model.export;

import java.math.BigDecimal;

/** Latencies and distances as planners write them: "7.5 ms", "12 ms", "1234 km". */
final class Quantities {

    private Quantities() {
    }

    static String millis(double ms) {
        return plain(ms, 2) + " ms";
    }

    static String kilometres(double km) {
        return plain(km, 0) + " km";
    }

    private static String plain(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().toPlainString();
    }
}
