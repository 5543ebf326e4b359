package dev.aegisplanner.model.io;

import dev.aegisplanner.model.validation.Pointers;

/**
 * A JSON pointer built up while decoding, rendered as text only when a problem needs it: decoding a
 * 100,000-server file makes a pointer for every element, and almost none of them is ever shown.
 */
final class Pointer {

    static final Pointer ROOT = new Pointer(null, null, -1);

    private final Pointer parent;
    /** The field name, unescaped, or {@code null} for a list index. */
    private final String name;
    private final int index;

    private Pointer(Pointer parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    Pointer field(String fieldName) {
        return new Pointer(this, fieldName, -1);
    }

    Pointer index(int listIndex) {
        return new Pointer(this, null, listIndex);
    }

    /** The last segment: the key of a map entry. */
    String key() {
        return name != null ? name : Integer.toString(index);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        return name != null ? Pointers.child(parent.toString(), name) : Pointers.child(parent.toString(), index);
    }
}
