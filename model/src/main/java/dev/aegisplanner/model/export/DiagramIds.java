package dev.aegisplanner.model.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns element ids, which may hold any character ({@code FRA-1}, {@code fra1.s1}, {@code 東京}), into ids
 * both Mermaid and DOT accept unquoted: a prefix naming the kind, then ASCII letters, digits and underscores.
 * Other ASCII characters become {@code _}, other characters their code ({@code u6771}), so ids stay readable
 * for Latin names and distinct for all others. The prefix keeps ids off the formats' keywords ({@code end}, {@code graph}, {@code subgraph}, {@code node})
 * and off Mermaid's habit of reading a leading {@code o} or {@code x} as an edge end. Distinct elements that
 * sanitize alike ({@code a-b}, {@code a.b}) get a numeric suffix, so ids stay unique and stable for one export.
 */
final class DiagramIds {

    private final Map<String, String> assigned = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    /** Reserves a fixed id such as the documentation's {@code A} (client) or {@code C} (origin). */
    String reserve(String fixedId) {
        if (!taken.add(fixedId)) {
            throw new IllegalStateException("id already used: " + fixedId);
        }
        return fixedId;
    }

    /** The safe id for an element; the same element always gets the same id. */
    String of(String prefix, String elementId) {
        String key = prefix + '\u0000' + elementId;
        String existing = assigned.get(key);
        if (existing != null) {
            return existing;
        }
        String base = prefix + "_" + sanitize(elementId);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "_" + n;
        }
        assigned.put(key, id);
        return id;
    }

    static String sanitize(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.appendCodePoint(c);
            } else if (c < 128) {
                out.append('_');
            } else {
                out.append('u').append(Integer.toHexString(c));
            }
        });
        return out.toString();
    }
}
