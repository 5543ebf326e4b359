package dev.aegisplanner.app.backbone;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Latency as the backbone view writes and reads it: "7.5 ms". */
final class Latency {

    /** Light in fibre covers about 200 km per millisecond; real routes are about twice as long as the arc. */
    private static final double KM_PER_MS = 100;

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
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double a = Math.pow(Math.sin((phi2 - phi1) / 2), 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        double km = 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
        return Math.max(0.1, Math.round(km / KM_PER_MS * 10) / 10.0);
    }
}
