package dev.aegisplanner.model.io;

/** Wording shared by the decoder's messages. */
final class Text {

    private Text() {
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
