package dev.aegisplanner.app.map;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Latencies and distances as the map and the trace panel label them: "7.5 ms", "10,258 km". */
public final class Quantity {

    private Quantity() {
    }

    public static String millis(double ms) {
        return BigDecimal.valueOf(ms).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " ms";
    }

    public static String kilometres(double km) {
        return String.format(java.util.Locale.ROOT, "%,d km", Math.round(km));
    }
}
