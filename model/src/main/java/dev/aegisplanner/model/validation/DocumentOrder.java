package dev.aegisplanner.model.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders JSON pointers the way their values appear in a file written in the format's field order: list
 * indices numerically, field names in the order the format writes them. Object keys that are not field
 * names (addresses in {@code ipCapacity}, ids in {@code layout}) compare as equal, so a stable sort keeps
 * the order they were found in, which is the map's own order.
 */
public final class DocumentOrder {

    /** Every field name of the format, in an order consistent with the field order inside each object. */
    private static final List<String> FIELDS = List.of(
            "format", "version", "id", "from", "to", "latencyMs", "name", "description", "region",
            "ipv4", "ipv6", "port", "lat", "lon", "status", "source", "pool", "ipCapacity", "dataCenters",
            "servers", "egressIps", "addresses", "regions", "zone", "origin", "ingressServer", "location",
            "dataCenter", "connections", "family", "expect", "locations", "links", "pools", "zones", "origins", "scenarios",
            "demand", "layout", "x", "y", "w", "h");

    private static final Map<String, Integer> RANK = new HashMap<>();

    static {
        for (int i = 0; i < FIELDS.size(); i++) {
            RANK.put(FIELDS.get(i), i);
        }
    }

    private DocumentOrder() {
    }

    /** Sorts problems by where their pointers lead; stable, so problems at one place keep their order. */
    public static List<Problem> sorted(List<Problem> problems) {
        List<Keyed> keyed = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            keyed.add(new Keyed(key(problem.pointer()), problem));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        return keyed.stream().map(Keyed::problem).toList();
    }

    /** A pointer split once into segments, for sorting many pointers without splitting them again. */
    public static Key key(String pointer) {
        return new Key(Pointers.segments(pointer));
    }

    /** Where a pointer leads, comparable in document order. */
    public record Key(List<String> segments) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            List<String> a = segments;
            List<String> b = other.segments;
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = compareSegments(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            // An object comes before what is inside it.
            return Integer.compare(a.size(), b.size());
        }
    }

    private record Keyed(Key key, Problem problem) {
    }

    private static int compareSegments(String a, String b) {
        boolean indexA = isIndex(a);
        boolean indexB = isIndex(b);
        if (indexA && indexB) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        if (indexA != indexB) {
            return indexA ? -1 : 1;
        }
        return Integer.compare(RANK.getOrDefault(a, FIELDS.size()), RANK.getOrDefault(b, FIELDS.size()));
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (!Character.isDigit(segment.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
