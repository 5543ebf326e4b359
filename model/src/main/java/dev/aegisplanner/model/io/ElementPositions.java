package dev.aegisplanner.model.io;

import dev.aegisplanner.model.validation.Pointers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each element starts in the text, noted while decoding: per list of elements (by the list's text
 * pointer) the offset and place of every entry, per layout key where its box is, and where every field of the
 * topology itself is. A problem is placed by finding the element it is in and reading that element alone
 * again ({@link ProblemLocator}): the file is never parsed a second time, however many problems it has.
 */
final class ElementPositions {

    /** Where the entries of one list start. */
    static final class Entries {
        private int[] offsets = new int[8];
        private long[] places = new long[8];
        private int count;

        /** Notes that entry {@code index} (its position in the text) starts here. */
        void entry(int index, int offset, long place) {
            if (index >= offsets.length) {
                int size = Math.max(index + 1, offsets.length * 2);
                offsets = Arrays.copyOf(offsets, size);
                places = Arrays.copyOf(places, size);
            }
            offsets[index] = offset;
            places[index] = place;
            count = Math.max(count, index + 1);
        }
    }

    /** The lists in the order they were read, named by their pointers: rendered as text only to place a problem. */
    private final List<Pointer> listPointers = new ArrayList<>();
    private final List<Entries> listEntries = new ArrayList<>();
    /** The lists by their text pointers, made when the first problem is placed; a list read twice: the last. */
    private Map<String, Entries> lists;
    /** Per layout key: the key's place (where the box is shown), and where its object starts (where it is read). */
    private final Map<String, long[]> boxes = new HashMap<>();
    private final Map<String, Long> rootFields = new HashMap<>();
    private int rootOffset;
    private long rootPlace = Cursor.place(1, 1);

    void root(int offset, long place) {
        rootOffset = offset;
        rootPlace = place;
    }

    long rootPlace() {
        return rootPlace;
    }

    void rootField(String name, long place) {
        rootFields.put(name, place);
    }

    /** The entries of a list, to note where each starts. */
    Entries list(Pointer list) {
        Entries entries = new Entries();
        listPointers.add(list);
        listEntries.add(entries);
        return entries;
    }

    void layoutBox(String key, long keyPlace, int valueOffset, long valuePlace) {
        boxes.put(key, new long[] {keyPlace, valueOffset, valuePlace});
    }

    /** The element a text pointer is in, or else the topology field it is under. */
    Anchor anchor(String pointer) {
        for (String p = pointer; !p.isEmpty(); p = Pointers.parent(p)) {
            Anchor element = elementAt(p);
            if (element != null) {
                return element;
            }
            if (Pointers.parent(p).isEmpty()) {
                Long field = rootFields.get(Pointers.segments(p).get(0));
                return field != null ? new Anchor(p, field, -1, 0) : root();
            }
        }
        return root();
    }

    private Anchor root() {
        return new Anchor("", rootPlace, rootOffset, rootPlace);
    }

    private Anchor elementAt(String pointer) {
        String parent = Pointers.parent(pointer);
        if (parent.equals("/layout")) {
            long[] box = boxes.get(Pointers.segments(pointer).get(1));
            return box == null ? null : new Anchor(pointer, box[0], (int) box[1], box[2]);
        }
        if (lists == null) {
            lists = new HashMap<>();
            for (int i = 0; i < listPointers.size(); i++) {
                lists.put(listPointers.get(i).toString(), listEntries.get(i));
            }
        }
        Entries entries = lists.get(parent);
        if (entries == null) {
            return null;
        }
        try {
            int index = Integer.parseInt(pointer.substring(parent.length() + 1));
            return index >= 0 && index < entries.count
                    ? new Anchor(pointer, entries.places[index], entries.offsets[index], entries.places[index]) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Where to look for a pointer: in an element (or the whole text), read again from {@code valueOffset} to
     * find the rest of the pointer inside it; or at a field of the topology, found at its name
     * ({@code valueOffset} -1: nothing inside it is looked for).
     *
     * @param place where the element itself is shown: its first character, or the key of a layout box
     */
    record Anchor(String pointer, long place, int valueOffset, long valuePlace) {
        boolean readable() {
            return valueOffset >= 0;
        }
    }
}
