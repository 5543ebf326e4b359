package dev.aegisplanner.model.validation;

/**
 * Text from a file made safe to show inside a message: control characters become visible escapes
 * ({@code \n}, {@code \t}, {@code \u001b}), so an id or an address with a newline in it can never start a
 * line of its own and pass for another problem, and invisible direction overrides cannot reorder what a
 * message says. Every message that quotes file text goes through {@link #text}: {@link Problem} applies it
 * to every message it carries, and the command line to every line it prints.
 */
public final class Printable {

    private Printable() {
    }

    public static String text(String s) {
        if (s == null) {
            return null;
        }
        int first = firstUnprintable(s);
        if (first < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!unprintable(ch)) {
                out.append(ch);
            } else if (ch == '\n') {
                out.append("\\n");
            } else if (ch == '\r') {
                out.append("\\r");
            } else if (ch == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04x", (int) ch));
            }
        }
        return out.toString();
    }

    private static int firstUnprintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (unprintable(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional embeddings and isolates. */
    private static boolean unprintable(char ch) {
        return ch < 0x20 || (ch >= 0x7f && ch <= 0x9f) || ch == '\u2028' || ch == '\u2029'
                || (ch >= '\u202a' && ch <= '\u202e') || (ch >= '\u2066' && ch <= '\u2069');
    }
}
