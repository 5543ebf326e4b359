package dev.aegisplanner.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the fields of one JSON object of a topology file, reporting every field that is unknown, missing
 * or of the wrong type instead of stopping at the first. Each getter returns a usable value (a default) when
 * the field is broken, so decoding always finishes and the editor can show the whole file with its problems.
 * JSON {@code null} in an optional field means the field is not given.
 */
final class Fields {

    /** Decodes one entry of a list or map of objects; returns {@code null} to drop an entry that cannot be kept. */
    interface EntryDecoder<T> {
        T decode(ObjectNode node, Pointer pointer);
    }

    private final ObjectNode node;
    private final Pointer pointer;
    private final Supplier<String> subject;
    private final DecodeLog log;

    /**
     * @param subject the object as a sentence names it: "location FRA", "a data center in location FRA";
     *     worded only when there is a problem to report
     * @param known the field names the format allows here; every other field is reported
     */
    Fields(ObjectNode node, Pointer pointer, Supplier<String> subject, Set<String> known, DecodeLog log) {
        this.node = node;
        this.pointer = pointer;
        this.subject = subject;
        this.log = log;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                log.error("unknown-field", at(name), "Unknown field '" + name + "' in " + subject.get()
                        + FieldSuggestion.forName(name, known));
            }
        }
    }

    private Pointer at(String name) {
        return pointer.field(name);
    }

    String text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            wrongType(name, value, "text");
            return null;
        }
        return value.textValue();
    }

    String requiredText(String name) {
        return present(name) ? text(name) : null;
    }

    Double number(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            wrongType(name, value, "a number");
            return null;
        }
        return value.doubleValue();
    }

    /** A required number; 0 stands in when it is missing or broken, and the problem is reported. */
    double requiredNumber(String name) {
        Double value = present(name) ? number(name) : null;
        return value == null ? 0 : value;
    }

    /** A whole number that fits an int, or {@code fallback}; whole numbers written like 443.0 count. */
    int integer(String name, int fallback) {
        Double value = number(name);
        if (value == null) {
            return fallback;
        }
        if (value != Math.rint(value)) {
            log.error("wrong-type", at(name), "Field '" + name + "' in " + subject.get() + " must be a whole number, not "
                    + node.get(name).asText());
            return fallback;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            log.error("number-out-of-range", at(name), "Field '" + name + "' in " + subject.get() + " is "
                    + node.get(name).asText() + ", far outside any value it can have");
            return fallback;
        }
        return value.intValue();
    }

    /** A word from a fixed vocabulary ("up" / "down"); {@code fallback} when missing or not one of them. */
    <E> E word(String name, Function<String, E> parse, String choices, E fallback) {
        String text = text(name);
        if (text == null) {
            return fallback;
        }
        E parsed = parse.apply(text);
        if (parsed == null) {
            log.error("invalid-value", at(name), Text.capitalize(subject.get()) + " has " + name + " '" + text
                    + "'; it must be " + choices);
            return fallback;
        }
        return parsed;
    }

    /** A list of texts; entries that are not text are reported and left out. */
    List<String> texts(String name) {
        JsonNode list = list(name);
        if (list == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>(list.size());
        int[] kept = new int[list.size()];
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (entry.isTextual()) {
                kept[result.size()] = i;
                result.add(entry.textValue());
            } else {
                wrongEntry(name, i, entry, "text");
            }
        }
        keep(name, kept, result.size(), list.size());
        return result;
    }

    /** A list of objects, each decoded by {@code decoder}; entries it cannot keep are left out. */
    <T> List<T> objects(String name, EntryDecoder<T> decoder) {
        JsonNode list = list(name);
        if (list == null) {
            return List.of();
        }
        List<T> result = new ArrayList<>(list.size());
        int[] kept = new int[list.size()];
        Pointer listPointer = at(name);
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (!entry.isObject()) {
                wrongEntry(name, i, entry, "an object");
                continue;
            }
            T decoded = decoder.decode((ObjectNode) entry, listPointer.index(i));
            if (decoded != null) {
                kept[result.size()] = i;
                result.add(decoded);
            }
        }
        keep(name, kept, result.size(), list.size());
        return result;
    }

    /** An object whose keys are free (addresses, ids) and whose values are numbers, in file order. */
    Map<String, Double> numbersByKey(String name) {
        Map<String, Double> result = new LinkedHashMap<>();
        ObjectNode map = map(name);
        if (map != null) {
            map.fields().forEachRemaining(e -> {
                if (e.getValue().isNumber()) {
                    result.put(e.getKey(), e.getValue().doubleValue());
                } else {
                    log.error("wrong-type", at(name).field(e.getKey()), "The value of " + e.getKey() + " in '" + name
                            + "' of " + subject.get() + " must be a number, not " + Text.describe(e.getValue()));
                }
            });
        }
        return result;
    }

    /** An object whose keys are free and whose values are objects, each decoded by {@code decoder}. */
    <T> Map<String, T> objectsByKey(String name, EntryDecoder<T> decoder) {
        Map<String, T> result = new LinkedHashMap<>();
        ObjectNode map = map(name);
        if (map != null) {
            map.fields().forEachRemaining(e -> {
                Pointer entryPointer = at(name).field(e.getKey());
                if (!e.getValue().isObject()) {
                    log.error("wrong-type", entryPointer, "The value of " + e.getKey() + " in '" + name + "' of "
                            + subject.get() + " must be an object, not " + Text.describe(e.getValue()));
                    return;
                }
                T decoded = decoder.decode((ObjectNode) e.getValue(), entryPointer);
                if (decoded != null) {
                    result.put(e.getKey(), decoded);
                }
            });
        }
        return result;
    }

    /**
     * Reports a missing required field ({@code null} counts as missing); {@code true} when the field is there,
     * even if of the wrong type.
     */
    boolean present(String name) {
        JsonNode value = node.get(name);
        if (value != null && !value.isNull()) {
            return true;
        }
        log.error("missing-field", at(name), Text.capitalize(subject.get()) + " is missing the required field '"
                + name + "'");
        return false;
    }

    private JsonNode list(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            wrongType(name, value, "a list");
            return null;
        }
        return value;
    }

    private ObjectNode map(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            wrongType(name, value, "an object");
            return null;
        }
        return (ObjectNode) value;
    }

    private void keep(String name, int[] kept, int keptCount, int total) {
        if (keptCount < total) {
            log.keptPositions(at(name).toString(), Arrays.copyOf(kept, keptCount));
        }
    }

    private void wrongType(String name, JsonNode value, String expected) {
        log.error("wrong-type", at(name), "Field '" + name + "' in " + subject.get() + " must be " + expected
                + ", not " + Text.describe(value));
    }

    private void wrongEntry(String name, int index, JsonNode entry, String expected) {
        log.error("wrong-type", at(name).index(index), "Every entry of '" + name + "' in " + subject.get()
                + " must be " + expected + "; this one is " + Text.describe(entry));
    }
}
