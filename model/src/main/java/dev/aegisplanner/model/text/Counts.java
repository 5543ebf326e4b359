package dev.aegisplanner.model.text;

import dev.aegisplanner.model.topology.Topology;
import java.util.Locale;

/**
 * Counts in planner English, the same in every view, picture and command: "1 location", "3 errors",
 * "100,000 servers". Thousands are separated by commas whatever the machine's locale, as the product's
 * documentation writes them.
 */
public final class Counts {

    private Counts() {
    }

    /** "1 server", "2 servers", "100,000 servers"; a noun ending in s, x, ch or sh takes "es" ("2 addresses"). */
    public static String of(long count, String noun) {
        return number(count) + " " + (count == 1 ? noun : plural(noun));
    }

    /** "100,000". */
    public static String number(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** "8 locations, 20 data centers, 80 servers": the size of a topology at a glance. */
    public static String size(Topology topology) {
        return of(topology.locations().size(), "location") + ", " + of(topology.dataCenters().count(), "data center")
                + ", " + of(topology.servers().count(), "server");
    }

    static String plural(String noun) {
        return noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")
                ? noun + "es" : noun + "s";
    }
}
