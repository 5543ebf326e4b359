package dev.aegisplanner.model.engine;

/**
 * Distances and latencies as planners read them, the same on every machine whatever its locale:
 * {@code 10,258 km}, {@code 7.5 ms}. Written out by hand because {@code String.format} would cost more
 * than the rest of a trace together.
 */
final class Numbers {

    private Numbers() {
    }

    /** Whole kilometres with thousands separators. */
    static String km(double km) {
        return Double.isFinite(km) ? grouped(Math.round(km)) + " km" : "unknown km";
    }

    /** Milliseconds with up to two decimals, trailing zeros dropped. */
    static String ms(double ms) {
        if (!Double.isFinite(ms)) {
            return "unknown ms";
        }
        long hundredths = Math.round(ms * 100);
        String whole = grouped(hundredths / 100);
        int fraction = (int) (hundredths % 100);
        if (fraction == 0) {
            return whole + " ms";
        }
        return fraction % 10 == 0 ? whole + "." + fraction / 10 + " ms"
                : whole + "." + (fraction < 10 ? "0" : "") + fraction + " ms";
    }

    private static String grouped(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            text.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.toString();
    }
}
