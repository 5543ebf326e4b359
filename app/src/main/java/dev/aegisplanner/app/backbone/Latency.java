package dev.aegisplanner.app.backbone;

import dev.aegisplanner.model.geo.GreatCircle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Latency as the backbone view writes and reads it: "7.5 ms". */
final class Latency {

    private Latency() {
    }

    static String format(double ms) {
        return BigDecimal.valueOf(ms).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " ms";
    }

    /** A typed latency: a finite number of milliseconds, zero or more, "ms" optional. */
    static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String number = text.strip().replaceFirst("(?i)\\s*ms$", "").replace(',', '.');
        try {
            double value = Double.parseDouble(number);
            return Double.isFinite(value) && value >= 0 ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** A starting value for a new link: the great-circle distance at fibre speed, rounded to a tenth. */
    static double suggested(double lat1, double lon1, double lat2, double lon2) {
        return GreatCircle.suggestedLatencyMs(lat1, lon1, lat2, lon2);
    }
}
