package dev.aegisplanner.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.aegisplanner.model.validation.Pointers;
import dev.aegisplanner.model.validation.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives problems their line and column in the text, with one streaming pass that looks only for the
 * pointers that have problems: subtrees that lead to none are skipped unread by pointer, so no map of every
 * value's position is ever built (a file can hold 100,000 servers). A field is found at its name; a pointer
 * that is not in the text (a missing field) is placed at the nearest enclosing value that is. A key
 * written twice is placed at its last occurrence.
 */
final class ProblemLocator {

    private ProblemLocator() {
    }

    static List<Problem> locate(JsonFactory factory, String text, List<Problem> problems) {
        Set<String> wanted = new HashSet<>();
        for (Problem problem : problems) {
            if (!problem.hasPosition()) {
                for (String p = problem.pointer(); wanted.add(p) && !p.isEmpty(); p = Pointers.parent(p)) {
                    // Adds the pointer and every enclosing one: the pass must walk down to it.
                }
            }
        }
        if (wanted.isEmpty()) {
            return problems;
        }
        // With a key written twice, the pass must go on past the first occurrence to find the last.
        boolean toTheEnd = problems.stream().anyMatch(p -> p.code().equals(JsonTreeReader.DUPLICATE_KEY));
        Map<String, int[]> found = find(factory, text, wanted, toTheEnd);
        List<Problem> located = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            located.add(problem.hasPosition() ? problem : place(problem, found));
        }
        return located;
    }

    private static Problem place(Problem problem, Map<String, int[]> found) {
        String pointer = problem.pointer();
        while (!found.containsKey(pointer) && !pointer.isEmpty()) {
            pointer = Pointers.parent(pointer);
        }
        int[] position = found.getOrDefault(pointer, new int[] {1, 1});
        return problem.at(position[0], position[1]);
    }

    private static Map<String, int[]> find(JsonFactory factory, String text, Set<String> wanted, boolean toTheEnd) {
        Map<String, int[]> found = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null && (toTheEnd || found.size() < wanted.size());
                 token = parser.nextToken()) {
                if (token.isStructEnd()) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (!wanted.contains(pointer)) {
                    if (token == JsonToken.FIELD_NAME) {
                        parser.nextToken();
                    }
                    parser.skipChildren();
                    continue;
                }
                // A key written twice is found at its last occurrence, the value that counts.
                JsonLocation at = parser.currentTokenLocation();
                found.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
                if (token == JsonToken.FIELD_NAME) {
                    // The value token has the same pointer and must not move the position off the name.
                    parser.nextToken();
                }
            }
        } catch (IOException e) {
            // The text parsed once already; should a second pass fail anyway, what was found still helps.
        }
        return found;
    }
}
