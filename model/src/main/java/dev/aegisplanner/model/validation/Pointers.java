package dev.aegisplanner.model.validation;

import java.util.ArrayList;
import java.util.List;

/** JSON pointers (RFC 6901) as problems use them: built from keys and indices, split back into segments. */
public final class Pointers {

    private Pointers() {
    }

    /** The pointer of {@code key} inside the object at {@code parent}; escapes {@code ~} and {@code /}. */
    public static String child(String parent, String key) {
        return parent + "/" + escape(key);
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    public static String escape(String key) {
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return key;
        }
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** The unescaped segments of a pointer; the whole document {@code ""} has none. */
    public static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        if (pointer.isEmpty()) {
            return segments;
        }
        int start = 1;
        while (true) {
            int slash = pointer.indexOf('/', start);
            String raw = slash < 0 ? pointer.substring(start) : pointer.substring(start, slash);
            segments.add(raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~"));
            if (slash < 0) {
                return segments;
            }
            start = slash + 1;
        }
    }

    /** The pointer one level up; the whole document is its own parent. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
