package dev.aegisplanner.model.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Distances and latencies as planners read them, the same on every machine: {@code 10,258 km}, {@code 7.5 ms}. */
final class Numbers {

    private Numbers() {
    }

    static String km(double km) {
        return String.format(Locale.ROOT, "%,.0f km", km);
    }

    /** Milliseconds with up to two decimals, trailing zeros dropped. */
    static String ms(double ms) {
        if (!Double.isFinite(ms)) {
            return ms + " ms";
        }
        BigDecimal rounded = BigDecimal.valueOf(ms).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        int decimals = Math.max(0, rounded.scale());
        return String.format(Locale.ROOT, "%,." + decimals + "f ms", rounded);
    }
}
