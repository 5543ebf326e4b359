package dev.aegisplanner.model.io;

import dev.aegisplanner.model.topology.FieldOwner;
import dev.aegisplanner.model.topology.UnknownField;
import dev.aegisplanner.model.topology.UnknownFields;
import dev.aegisplanner.model.validation.Pointers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What decoding found besides the topology, in the order it was found: problems in the text, the text
 * positions of entries kept from lists that lost some, and fields the format does not know. A key written
 * twice retracts what its first value left here ({@link #retract}), since only the last value counts.
 *
 * <p>Problems are worded only when shown (an element's id may come after the field at fault), and at most
 * {@code maxProblems} are kept: the rest are counted, so a file of a million broken entries costs a count,
 * not a million messages.
 */
final class DecodeLog {

    /** A problem of the text, at a place ({@link Cursor#place}), worded on demand. */
    record Finding(String code, Pointer pointer, long place, Supplier<String> message) {
    }

    private record Kept(Pointer list, int[] positions) {
    }

    private record Unknown(FieldOwner owner, List<UnknownField> fields) {
    }

    private final int maxProblems;
    /** Findings, kept positions and unknown fields, in the order found; {@code null} where retracted. */
    private final List<Object> events = new ArrayList<>();
    private int findings;
    private long unlisted;
    private boolean lossy;
    private Map<String, int[]> keptPositions;
    private Set<String> reported;

    DecodeLog(int maxProblems) {
        this.maxProblems = maxProblems;
    }

    /**
     * Reports a problem.
     *
     * @param lossy whether the topology does not hold what the text says here (a value or an entry left out), so
     *     that writing it over the file would lose text
     */
    void problem(String code, Pointer pointer, long place, Supplier<String> message, boolean lossy) {
        this.lossy |= lossy;
        if (findings >= maxProblems) {
            unlisted++;
            return;
        }
        findings++;
        events.add(new Finding(code, pointer, place, message));
    }

    void keptPositions(Pointer list, int[] textPositions) {
        events.add(new Kept(list, textPositions));
    }

    void unknown(FieldOwner owner, List<UnknownField> fields) {
        events.add(new Unknown(owner, fields));
    }

    int mark() {
        return events.size();
    }

    /** Forgets what was found between two marks: the first value of a key written twice. */
    void retract(int from, int to) {
        for (int i = from; i < to; i++) {
            if (events.get(i) instanceof Finding) {
                findings--;
            }
            events.set(i, null);
        }
    }

    /** Whether some text has no place in the topology (see {@link #problem}). */
    boolean lossy() {
        return lossy;
    }

    List<Finding> findings() {
        List<Finding> list = new ArrayList<>(findings);
        for (Object event : events) {
            if (event instanceof Finding finding) {
                list.add(finding);
            }
        }
        return list;
    }

    /** Problems found beyond the cap: counted, not kept. */
    long unlisted() {
        return unlisted;
    }

    UnknownFields unknownFields() {
        Map<FieldOwner, List<UnknownField>> byOwner = new LinkedHashMap<>();
        for (Object event : events) {
            if (event instanceof Unknown unknown) {
                byOwner.computeIfAbsent(unknown.owner(), o -> new ArrayList<>()).addAll(unknown.fields());
            }
        }
        return UnknownFields.of(byOwner);
    }

    /**
     * Whether decoding already said what is wrong with the value at this text pointer. A key written twice says
     * nothing about the value that counts, so it does not count here.
     */
    boolean reported(String pointer) {
        if (reported == null) {
            reported = new HashSet<>();
            for (Finding finding : findings()) {
                if (!finding.code().equals(Fields.DUPLICATE_KEY)) {
                    reported.add(finding.pointer().toString());
                }
            }
        }
        return reported.contains(pointer);
    }

    /** The text pointer of a pointer into the decoded topology. */
    String toText(String modelPointer) {
        if (keptPositions == null) {
            keptPositions = new HashMap<>();
            for (Object event : events) {
                if (event instanceof Kept kept) {
                    keptPositions.put(kept.list().toString(), kept.positions());
                }
            }
        }
        if (keptPositions.isEmpty()) {
            return modelPointer;
        }
        StringBuilder text = new StringBuilder();
        for (String segment : Pointers.segments(modelPointer)) {
            int[] positions = keptPositions.get(text.toString());
            if (positions != null) {
                segment = translate(segment, positions);
            }
            text.append('/').append(Pointers.escape(segment));
        }
        return text.toString();
    }

    private static String translate(String segment, int[] positions) {
        try {
            int index = Integer.parseInt(segment);
            return index >= 0 && index < positions.length ? Integer.toString(positions[index]) : segment;
        } catch (NumberFormatException e) {
            return segment;
        }
    }
}
