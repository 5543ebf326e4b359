package dev.aegisplanner.model.capacity.demand;

import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.validation.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a demand file's text gave before validation: the entries it could decode, where each entry and each of
 * its fields stands in the text (so validation's pointers can be turned into lines and columns), and the
 * problems of the text itself.
 */
final class ParsedDemand {

    final List<Demand> entries = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    private final List<int[]> entryPositions = new ArrayList<>();
    private final List<Map<String, int[]>> fieldPositions = new ArrayList<>();

    void add(Demand entry, int line, int column, Map<String, int[]> fields) {
        entries.add(entry);
        entryPositions.add(new int[] {line, column});
        fieldPositions.add(new HashMap<>(fields));
    }

    void error(String code, int line, int column, String message) {
        problems.add(Problem.error(code, "", message).at(line, column));
    }

    /** The position of entry {@code index}'s field, or of the entry when the field is not in the text. */
    int[] position(int index, String field) {
        int[] at = field == null ? null : fieldPositions.get(index).get(field);
        return at != null ? at : entryPositions.get(index);
    }
}
