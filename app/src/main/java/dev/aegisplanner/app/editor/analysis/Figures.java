package dev.aegisplanner.app.editor.analysis;

import java.util.Locale;

/** Numbers in the analysis views as planners read them, the way the command line prints them. */
public final class Figures {

    private Figures() {
    }

    /** "30,000"; whole connections, the fraction an even split leaves is noise on screen. */
    public static String connections(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** "75.0 %", "no capacity" for load on addresses that have none. */
    public static String percent(double fraction) {
        return Double.isInfinite(fraction) ? "no capacity" : String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    /** "75 %" for labels on the drawing, where a decimal is clutter. */
    public static String roundPercent(double fraction) {
        return Double.isInfinite(fraction) ? "no capacity" : String.format(Locale.ROOT, "%.0f %%", fraction * 100);
    }

    /** "1 row", "3 rows", "1,293 failures". */
    public static String count(long count, String noun) {
        return count(count, noun, noun + "s");
    }

    /** "1 entry", "3 entries". */
    public static String count(long count, String noun, String plural) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? noun : plural);
    }
}
