package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hands out location, data center and server ids that nothing uses yet, named after their parent the way
 * planners name them: data center {@code FRA-2} in location {@code FRA}, server {@code fra2-s3} in it.
 *
 * <p>The three kinds share one namespace here although the file only requires uniqueness within a kind:
 * the layout is keyed by bare id, so a data center named like a location would share its box.
 */
public final class FreshIds {

    private static final Pattern TRAILING_NUMBER = Pattern.compile("(.*\\D)(\\d{1,9})");

    private final Set<String> used = new HashSet<>();
    /** Per id prefix, the number to try next; keeps a run of a thousand new servers linear. */
    private final Map<String, Integer> nextNumber = new HashMap<>();

    /** Ids fresh with respect to every location, data center and server of a topology. */
    public static FreshIds in(Topology topology) {
        FreshIds ids = new FreshIds();
        for (Location l : topology.locations()) {
            ids.used.add(l.id());
            for (DataCenter d : l.dataCenters()) {
                ids.used.add(d.id());
                for (Server s : d.servers()) {
                    ids.used.add(s.id());
                }
            }
        }
        return ids;
    }

    /** Ids fresh with respect to nothing yet; every id handed out is remembered. */
    public static FreshIds none() {
        return new FreshIds();
    }

    public boolean isFree(String id) {
        return !used.contains(id);
    }

    /** A location named after a metro code: the code itself when free, else FRA2, FRA3, ... */
    public String location(String metroCode) {
        return like(metroCode);
    }

    /**
     * An id for a copy of an element: the original id when it is free (a cut element pasted back keeps its
     * id), else the id with its trailing number counted on: LOC-1 to LOC-2, FRA2 to FRA3, FRA to FRA2.
     */
    public String like(String id) {
        if (used.add(id)) {
            return id;
        }
        Matcher m = TRAILING_NUMBER.matcher(id);
        if (m.matches()) {
            return numbered(m.group(1), "", Integer.parseInt(m.group(2)) + 1);
        }
        return numbered(id, "", 2);
    }

    /** A new location without a metro code: LOC-1, LOC-2, ... */
    public String location() {
        return numbered("LOC", "-", 1);
    }

    /** The next free data center id in a location: FRA-1, FRA-2, ... */
    public String dataCenter(String locationId) {
        return numbered(locationId, "-", 1);
    }

    /** The next free server id in a data center: fra1-s1, fra1-s2, ... */
    public String server(String dataCenterId) {
        return numbered(dataCenterId.replace("-", "").toLowerCase(Locale.ROOT), "-s", 1);
    }

    private String numbered(String prefix, String separator, int first) {
        String key = prefix + separator;
        int n = nextNumber.getOrDefault(key, first);
        while (!used.add(key + n)) {
            n++;
        }
        nextNumber.put(key, n + 1);
        return key + n;
    }
}
