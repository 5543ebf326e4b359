package dev.aegisplanner.model.io;

import com.fasterxml.jackson.databind.JsonNode;

/** Wording shared by the decoder's messages. */
final class Text {

    private Text() {
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** What a JSON value is, as the end of "must be a number, not ...". */
    static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> value.booleanValue() ? "true" : "false";
            case NULL -> "null";
            case ARRAY -> "a list";
            case OBJECT, POJO -> "an object";
            default -> "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
