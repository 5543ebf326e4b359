package dev.aegisplanner.model.io;

import dev.aegisplanner.model.validation.Pointers;
import dev.aegisplanner.model.validation.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What decoding found: the problems in the text, and, for lists from which it dropped broken entries, where
 * each kept entry was in the text. The validator sees only the kept entries, so its pointers are translated
 * back through {@link #toText(String)} before they are shown against the file.
 */
final class DecodeLog {

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> pointers = new HashSet<>();
    /** Text pointer of a list to, by position in the decoded list, the position in the text. */
    private final Map<String, int[]> keptPositions = new HashMap<>();

    void error(String code, String pointer, String message) {
        add(Problem.error(code, pointer, message));
    }

    void error(String code, Pointer pointer, String message) {
        error(code, pointer.toString(), message);
    }

    void add(Problem problem) {
        problems.add(problem);
        pointers.add(problem.pointer());
    }

    List<Problem> problems() {
        return problems;
    }

    /** Whether decoding already reported something at this text pointer. */
    boolean reported(String pointer) {
        return pointers.contains(pointer);
    }

    void keptPositions(String listPointer, int[] textPositions) {
        keptPositions.put(listPointer, textPositions);
    }

    /** The text pointer of a pointer into the decoded topology. */
    String toText(String modelPointer) {
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
