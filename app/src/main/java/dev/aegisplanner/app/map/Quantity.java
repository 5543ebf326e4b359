package dev.aegisplanner.app.map;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Latencies and distances as the map labels them: "7.5 ms", "364 km". */
final class Quantity {

    private Quantity() {
    }

    static String millis(double ms) {
        return BigDecimal.valueOf(ms).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " ms";
    }

    static String kilometres(double km) {
        return String.format(java.util.Locale.ROOT, "%,d km", Math.round(km));
    }
}
