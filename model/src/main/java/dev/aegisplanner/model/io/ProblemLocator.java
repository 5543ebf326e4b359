package dev.aegisplanner.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.aegisplanner.model.validation.Pointers;
import dev.aegisplanner.model.validation.Problem;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives problems their line and column in a text. Each problem is looked for in the one element it is in
 * ({@link ElementPositions}): that element is read again on its own, and inside it only the subtrees that lead
 * to a wanted pointer are entered. A field is found at its name; a pointer that is not in the text (a missing
 * field) is placed at the nearest enclosing value that is; a key written twice at its last occurrence.
 */
final class ProblemLocator {

    private final JsonFactory factory;
    private final String text;
    private final ElementPositions elements;

    ProblemLocator(JsonFactory factory, String text, ElementPositions elements) {
        this.factory = factory;
        this.text = text;
        this.elements = elements;
    }

    /** A locator for a text without noted elements: every problem is looked for from the top. */
    static ProblemLocator wholeText(JsonFactory factory, String text) {
        return new ProblemLocator(factory, text, new ElementPositions());
    }

    static Problem at(Problem problem, long place) {
        return problem.at(Cursor.line(place), Cursor.column(place));
    }

    /** The problems with their places; those that have one already keep it. */
    List<Problem> locate(List<Problem> problems) {
        Map<ElementPositions.Anchor, Set<String>> wanted = new HashMap<>();
        for (Problem problem : problems) {
            if (!problem.hasPosition()) {
                ElementPositions.Anchor anchor = elements.anchor(problem.pointer());
                Set<String> pointers = wanted.computeIfAbsent(anchor, a -> new HashSet<>());
                for (String p = problem.pointer(); pointers.add(p) && !p.equals(anchor.pointer()); p = Pointers.parent(p)) {
                    // Adds the pointer and every enclosing one up to the anchor: the pass walks down to it.
                }
            }
        }
        Map<String, Long> found = new HashMap<>();
        wanted.forEach((anchor, pointers) -> {
            if (anchor.readable()) {
                found.putAll(find(anchor, pointers));
            } else {
                found.put(anchor.pointer(), anchor.place());
            }
        });
        List<Problem> located = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            located.add(problem.hasPosition() ? problem : place(problem, found));
        }
        return located;
    }

    private static Problem place(Problem problem, Map<String, Long> found) {
        String pointer = problem.pointer();
        while (!found.containsKey(pointer) && !pointer.isEmpty()) {
            pointer = Pointers.parent(pointer);
        }
        Long place = found.get(pointer);
        return place == null ? problem.at(1, 1) : at(problem, place);
    }

    /** Reads the value at the anchor alone, noting where each wanted pointer is. */
    private Map<String, Long> find(ElementPositions.Anchor anchor, Set<String> wanted) {
        Map<String, Long> found = new HashMap<>();
        String base = anchor.pointer();
        long origin = anchor.valuePlace();
        try (JsonParser parser = factory.createParser(new TextFrom(text, anchor.valueOffset()))) {
            Cursor cursor = new Cursor(parser, text, anchor.valueOffset(), Cursor.line(origin), Cursor.column(origin));
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructEnd()) {
                    if (parser.getParsingContext().inRoot()) {
                        break;
                    }
                    continue;
                }
                String pointer = base + parser.getParsingContext().pathAsPointer().toString();
                if (!wanted.contains(pointer)) {
                    if (token == JsonToken.FIELD_NAME) {
                        parser.nextToken();
                    }
                    parser.skipChildren();
                    if (parser.getParsingContext().inRoot()) {
                        break;
                    }
                    continue;
                }
                if (pointer.equals(base)) {
                    found.put(pointer, anchor.place());
                } else if (token == JsonToken.FIELD_NAME) {
                    // A key written twice is found at its last occurrence, the value that counts.
                    found.put(pointer, cursor.nameBefore(cursor.offset(), cursor.place()));
                    // The value token has the same pointer and must not move the position off the name.
                    parser.nextToken();
                } else {
                    found.put(pointer, cursor.place());
                }
            }
        } catch (IOException e) {
            // The text parsed once already; should this pass fail anyway, what was found still helps.
        }
        return found;
    }

    /** The text from an offset on, without copying it. */
    private static final class TextFrom extends Reader {
        private final String text;
        private int next;

        TextFrom(String text, int from) {
            this.text = text;
            this.next = from;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (next >= text.length()) {
                return -1;
            }
            int n = Math.min(length, text.length() - next);
            text.getChars(next, next + n, buffer, offset);
            next += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
