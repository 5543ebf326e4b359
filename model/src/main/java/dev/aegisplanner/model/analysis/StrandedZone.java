package dev.aegisplanner.model.analysis;

import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.validation.Problem;
import java.util.Locale;

/**
 * A zone whose requests of one family have nowhere to egress from some ingress servers: they end in
 * {@code NO_EGRESS}, a planning error the file itself does not show.
 *
 * @param zoneIndex the zone's place in the topology's list, for its pointer
 * @param servers how many ingress servers (up, in an up data center and location) are stranded
 * @param dataCenters how many data centers those servers are in
 * @param of how many ingress servers the topology has
 * @param place where a planner should look: the first server that holds an address of the pool but cannot
 *     egress, else the first stranded data center
 * @param why why nothing can egress, as the end of a sentence
 */
public record StrandedZone(String zone, int zoneIndex, Family family, int servers, int dataCenters, int of,
                           ElementRef place, String why) {

    public static final String CODE = "stranded-zone";

    /** The warning a planner reads: which zone, which family, how many servers and data centers, and why. */
    public Problem problem() {
        String from = of == 1 ? "its only ingress server"
                : (servers == of ? "all " : String.format(Locale.ROOT, "%,d of ", servers)) + count(of, "ingress server");
        return Problem.warning(CODE, "/zones/" + zoneIndex, "Zone " + zone + " has nowhere to egress for "
                + family.json() + ": requests from " + from + " (" + count(dataCenters, "data center")
                + ") end in NO_EGRESS; " + why);
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
