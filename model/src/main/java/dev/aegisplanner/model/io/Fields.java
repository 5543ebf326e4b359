package dev.aegisplanner.model.io;

import com.fasterxml.jackson.core.JsonToken;
import dev.aegisplanner.model.topology.UnknownField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the fields of one JSON object of a topology file from the streaming parser, reporting every field
 * that is missing or of the wrong type instead of stopping at the first, and keeping every field the format
 * does not know as it was written. Each getter returns a usable value (a default) when the field is broken,
 * so decoding always finishes and the editor can show the whole file with its problems. JSON {@code null} in
 * an optional field means the field is not given. A key written twice is reported, and its last value counts.
 *
 * <p>Usage: {@code while (f.next()) switch (f.name()) { case "id" -> ...; default -> f.unknown(); }}: each
 * getter reads the value of the field at hand and leaves the parser at its end.
 */
final class Fields {

    static final String DUPLICATE_KEY = "duplicate-key";
    /** Most objects of the format have at most this many fields. */
    private static final int SMALL = 6;

    /** Decodes one entry of a list or map, the parser on its {@code {}; returns {@code null} to drop it. */
    interface EntryDecoder<T> {
        T decode(Pointer pointer) throws IOException, UnreadableException;
    }

    private final Decoding decoding;
    private final Cursor c;
    private final DecodeLog log;
    private Pointer pointer;
    private Supplier<String> subject;
    private long start;
    private String name;
    private int current = -1;
    /**
     * Per field seen, in order: its name, whether it has a value other than null, and where a null value is (a
     * required field written as null is reported after the object, when the parser has moved on; any other
     * problem is reported while the parser is at the value, which then tells where it is).
     */
    private String[] names = new String[SMALL];
    private boolean[] given = new boolean[SMALL];
    private int[] valueOffsets = new int[SMALL];
    private long[] valuePlaces = new long[SMALL];
    /** Per field seen, the marks in the log around what its value left there (see {@link #repeated()}). */
    private int[] from = new int[SMALL];
    private int[] to = new int[SMALL];
    private int seen;
    private List<UnknownField> unknown;

    /** A reader for the objects of one decoding; {@link Decoding#open} hands it out, one object at a time. */
    Fields(Decoding decoding) {
        this.decoding = decoding;
        this.c = decoding.cursor;
        this.log = decoding.log;
    }

    /**
     * Starts on the object the parser is at. Messages are worded after the object is read, so they never
     * refer to this reader, which reads the next object by then: they keep what they need in locals.
     *
     * @param subject the object as a sentence names it: "location FRA", "a data center in location FRA"
     */
    Fields start(Pointer objectPointer, Supplier<String> objectSubject) {
        pointer = objectPointer;
        subject = objectSubject;
        start = c.place();
        name = null;
        current = -1;
        seen = 0;
        unknown = null;
        return this;
    }

    /** Moves to the next field's value; {@code false} at the end of the object. */
    boolean next() throws IOException {
        JsonToken token = c.next();
        if (current >= 0) {
            to[current] = log.mark();
        }
        if (token != JsonToken.FIELD_NAME) {
            current = -1;
            return false;
        }
        name = c.name();
        int i = indexOf(name);
        boolean again = i >= 0;
        if (!again) {
            i = add(name);
        }
        current = i;
        if (again) {
            repeated();
        }
        from[current] = log.mark();
        given[current] = c.next() != JsonToken.VALUE_NULL;
        if (!given[current]) {
            valueOffsets[current] = c.offset();
            valuePlaces[current] = c.place();
        }
        return true;
    }

    /** The key is written a second time: what its first value left is forgotten, the last value counts. */
    private void repeated() {
        log.retract(from[current], to[current]);
        if (unknown != null) {
            String repeatedName = name;
            unknown.removeIf(field -> field.name().equals(repeatedName));
        }
        String key = name;
        log.problem(DUPLICATE_KEY, at(key), namePlace(),
                () -> "The key '" + key + "' appears more than once in this object; the last one counts", true);
    }

    private int indexOf(String fieldName) {
        for (int i = 0; i < seen; i++) {
            if (names[i].equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }

    private int add(String fieldName) {
        if (seen == names.length) {
            names = Arrays.copyOf(names, seen * 2);
            given = Arrays.copyOf(given, seen * 2);
            valueOffsets = Arrays.copyOf(valueOffsets, seen * 2);
            valuePlaces = Arrays.copyOf(valuePlaces, seen * 2);
            from = Arrays.copyOf(from, seen * 2);
            to = Arrays.copyOf(to, seen * 2);
        }
        names[seen] = fieldName;
        return seen++;
    }

    String name() {
        return name;
    }

    /**
     * The place of the name of the field at hand, while the parser is at the field's name or at the first token of
     * its value: the parser tells where the value is, and the name is found from there.
     */
    long namePlace() {
        return c.nameBefore(c.offset(), c.place());
    }

    /** The place of the name of a field whose value was null. */
    private long nullFieldPlace(int field) {
        return c.nameBefore(valueOffsets[field], valuePlaces[field]);
    }

    /** Where the object starts: where problems about what it lacks are shown. */
    long start() {
        return start;
    }

    Pointer pointer() {
        return pointer;
    }

    Pointer at(String fieldName) {
        return pointer.field(fieldName);
    }

    /** Keeps the field at hand, which the format does not know, as written. */
    void unknown() throws IOException {
        if (unknown == null) {
            unknown = new ArrayList<>(2);
        }
        unknown.add(new UnknownField(name, c.capture()));
    }

    /** The fields the format does not know, in file order. */
    List<UnknownField> unknownFields() {
        return unknown == null ? List.of() : unknown;
    }

    /** Whether the field was written with a value other than {@code null}. */
    boolean has(String fieldName) {
        int i = indexOf(fieldName);
        return i >= 0 && given[i];
    }

    /** Reports a required field that is missing ({@code null} counts as missing). */
    void require(String fieldName) {
        if (!has(fieldName)) {
            int i = indexOf(fieldName);
            Supplier<String> who = subject;
            log.problem("missing-field", at(fieldName), i >= 0 ? nullFieldPlace(i) : start,
                    () -> Text.capitalize(who.get()) + " is missing the required field '" + fieldName + "'", false);
        }
    }

    /**
     * The element's id, or {@code null} (reported) when the element has none that is text: it is then left out,
     * since nothing could refer to it. Call after the last field.
     */
    String id(Subject element) {
        if (element.id() != null) {
            return element.id();
        }
        int i = indexOf("id");
        if (i < 0 || !given[i]) {
            log.problem("missing-field", at("id"), i >= 0 ? nullFieldPlace(i) : start, () -> Text.capitalize(
                    "a " + element.noun() + element.where()) + " has no 'id'; it is left out until it has one", true);
        }
        return null;
    }

    /** The value at hand as an element's id: text, or reported and {@code null}. */
    String idValue(Subject element) throws IOException {
        if (c.token() == JsonToken.VALUE_STRING) {
            return c.text();
        }
        if (c.token() != JsonToken.VALUE_NULL) {
            String found = c.describe();
            log.problem("wrong-type", at("id"), namePlace(), () -> "The 'id' of a " + element.noun() + element.where()
                    + " must be text, not " + found + "; the " + element.noun() + " is left out until it has one", true);
            c.skip();
        }
        return null;
    }

    String text() throws IOException {
        JsonToken token = c.token();
        if (token == JsonToken.VALUE_STRING) {
            return c.text();
        }
        if (token != JsonToken.VALUE_NULL) {
            wrongType("text");
        }
        return null;
    }

    Double number() throws IOException {
        JsonToken token = c.token();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            double value = c.number();
            if (Double.isFinite(value)) {
                return value;
            }
            String written = c.text();
            String field = name;
            Supplier<String> who = subject;
            log.problem("number-out-of-range", at(field), namePlace(), () -> "Field '" + field + "' in " + who.get()
                    + " is " + written + ", too large for any value it can have", true);
            return null;
        }
        if (token != JsonToken.VALUE_NULL) {
            wrongType("a number");
        }
        return null;
    }

    /** A whole number that fits an int, or {@code fallback}; whole numbers written like 443.0 count. */
    int integer(int fallback) throws IOException {
        String written = c.token().isNumeric() ? c.text() : null;
        Double value = number();
        if (value == null) {
            return fallback;
        }
        String field = name;
        Supplier<String> who = subject;
        if (value != Math.rint(value)) {
            log.problem("wrong-type", at(field), namePlace(), () -> "Field '" + field + "' in " + who.get()
                    + " must be a whole number, not " + written, true);
            return fallback;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            log.problem("number-out-of-range", at(field), namePlace(), () -> "Field '" + field + "' in "
                    + who.get() + " is " + written + ", far outside any value it can have", true);
            return fallback;
        }
        return value.intValue();
    }

    /** A word from a fixed vocabulary ("up" / "down"); {@code fallback} when missing or not one of them. */
    <E> E word(Function<String, E> parse, String choices, E fallback) throws IOException {
        String text = text();
        if (text == null) {
            return fallback;
        }
        E parsed = parse.apply(text);
        if (parsed == null) {
            String field = name;
            Supplier<String> who = subject;
            log.problem("invalid-value", at(field), namePlace(), () -> Text.capitalize(who.get()) + " has " + field
                    + " '" + text + "'; it must be " + choices, true);
            return fallback;
        }
        return parsed;
    }

    /** A list of texts; entries that are not text are reported and left out. */
    List<String> texts() throws IOException, UnreadableException {
        if (!isList()) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        Kept kept = new Kept();
        Pointer list = at(name);
        int i = 0;
        for (JsonToken token = c.next(); token != JsonToken.END_ARRAY; token = c.next(), i++) {
            decoding.countEntry();
            if (token == JsonToken.VALUE_STRING) {
                kept.keep(i, result.size());
                result.add(c.text());
            } else {
                kept.drop(result.size());
                wrongEntry(list, i, "text");
            }
        }
        kept.report(list, result.size(), log);
        return result;
    }

    /** A list of objects, each decoded by {@code decoder}; entries it cannot keep are left out. */
    <T> List<T> objects(EntryDecoder<T> decoder) throws IOException, UnreadableException {
        if (!isList()) {
            return List.of();
        }
        List<T> result = new ArrayList<>();
        Kept kept = new Kept();
        Pointer list = at(name);
        ElementPositions.Entries starts = null;
        int i = 0;
        for (JsonToken token = c.next(); token != JsonToken.END_ARRAY; token = c.next(), i++) {
            decoding.countEntry();
            if (token != JsonToken.START_OBJECT) {
                kept.drop(result.size());
                wrongEntry(list, i, "an object");
                continue;
            }
            if (starts == null) {
                starts = decoding.positions.list(list);
            }
            starts.entry(i, c.offset(), c.place());
            T decoded = decoder.decode(list.index(i));
            if (decoded != null) {
                kept.keep(i, result.size());
                result.add(decoded);
            } else {
                kept.drop(result.size());
            }
        }
        kept.report(list, result.size(), log);
        return result;
    }

    /** An object whose keys are free (addresses, ids) and whose values are numbers, in file order. */
    Map<String, Double> numbersByKey() throws IOException, UnreadableException {
        Map<String, Double> result = new LinkedHashMap<>();
        if (!isObject()) {
            return result;
        }
        String map = name;
        for (JsonToken token = c.next(); token == JsonToken.FIELD_NAME; token = c.next()) {
            decoding.countEntry();
            String key = c.name();
            JsonToken value = c.next();
            long keyPlace = c.nameBefore(c.offset(), c.place());
            Double number = value.isNumeric() ? number(key, keyPlace) : null;
            if (!value.isNumeric()) {
                wrongValue(map, key, keyPlace, "a number");
            }
            if (number != null && result.put(key, number) != null) {
                duplicateKey(at(map).field(key), key, keyPlace);
            }
        }
        return result;
    }

    private Double number(String key, long keyPlace) throws IOException {
        double value = c.number();
        if (Double.isFinite(value)) {
            return value;
        }
        String written = c.text();
        String map = name;
        Supplier<String> who = subject;
        log.problem("number-out-of-range", at(map).field(key), keyPlace, () -> "The value of " + key + " in '" + map
                + "' of " + who.get() + " is " + written + ", too large for any value it can have", true);
        return null;
    }

    /** An object whose keys are free and whose values are objects, each decoded by {@code decoder}. */
    <T> Map<String, T> objectsByKey(EntryDecoder<T> decoder) throws IOException, UnreadableException {
        Map<String, T> result = new LinkedHashMap<>();
        if (!isObject()) {
            return result;
        }
        String map = name;
        for (JsonToken token = c.next(); token == JsonToken.FIELD_NAME; token = c.next()) {
            decoding.countEntry();
            String key = c.name();
            Pointer entry = at(map).field(key);
            JsonToken value = c.next();
            long keyPlace = c.nameBefore(c.offset(), c.place());
            if (value != JsonToken.START_OBJECT) {
                wrongValue(map, key, keyPlace, "an object");
                continue;
            }
            decoding.positions.layoutBox(key, keyPlace, c.offset(), c.place());
            T decoded = decoder.decode(entry);
            if (decoded != null && result.put(key, decoded) != null) {
                duplicateKey(entry, key, keyPlace);
            }
        }
        return result;
    }

    /** The value at a free key of a map is not what the map holds; it is left out. */
    private void wrongValue(String map, String key, long keyPlace, String expected) throws IOException {
        String found = c.describe();
        Supplier<String> who = subject;
        log.problem("wrong-type", at(map).field(key), keyPlace, () -> "The value of " + key + " in '" + map + "' of "
                + who.get() + " must be " + expected + ", not " + found, true);
        c.skip();
    }

    private void duplicateKey(Pointer at, String key, long place) {
        log.problem(DUPLICATE_KEY, at, place,
                () -> "The key '" + key + "' appears more than once in this object; the last one counts", true);
    }

    private boolean isList() throws IOException {
        return is(JsonToken.START_ARRAY, "a list");
    }

    private boolean isObject() throws IOException {
        return is(JsonToken.START_OBJECT, "an object");
    }

    /** Whether the value at hand starts a list or object as wanted; anything but that or null is reported. */
    private boolean is(JsonToken start, String expected) throws IOException {
        JsonToken token = c.token();
        if (token == start) {
            return true;
        }
        if (token != JsonToken.VALUE_NULL) {
            wrongType(expected);
        }
        return false;
    }

    private void wrongType(String expected) throws IOException {
        String found = c.describe();
        String field = name;
        Supplier<String> who = subject;
        log.problem("wrong-type", at(field), namePlace(), () -> "Field '" + field + "' in " + who.get() + " must be "
                + expected + ", not " + found, true);
        c.skip();
    }

    private void wrongEntry(Pointer list, int index, String expected) throws IOException {
        String found = c.describe();
        String field = name;
        Supplier<String> who = subject;
        log.problem("wrong-type", list.index(index), c.place(), () -> "Every entry of '" + field + "' in "
                + who.get() + " must be " + expected + "; this one is " + found, true);
        c.skip();
    }

    /**
     * The text positions of the entries a list kept, once it has dropped one: the validator sees only the kept
     * entries, and its pointers are translated back ({@link DecodeLog#toText}).
     */
    private static final class Kept {
        private int[] positions;

        void keep(int textIndex, int keptIndex) {
            if (positions != null) {
                if (keptIndex == positions.length) {
                    positions = Arrays.copyOf(positions, keptIndex * 2 + 1);
                }
                positions[keptIndex] = textIndex;
            }
        }

        /** An entry is left out: from now on positions differ from indexes. */
        void drop(int keptSoFar) {
            if (positions == null) {
                positions = new int[Math.max(8, keptSoFar)];
                for (int i = 0; i < keptSoFar; i++) {
                    positions[i] = i;
                }
            }
        }

        void report(Pointer list, int keptCount, DecodeLog log) {
            if (positions != null) {
                log.keptPositions(list, Arrays.copyOf(positions, keptCount));
            }
        }
    }
}
