package dev.aegisplanner.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/** Turns Jackson's parser messages into text a planner can read: no source dumps, no character codes. */
final class JacksonMessages {

    private static final Pattern CHAR_CODE = Pattern.compile("\\s*\\(code -?\\d+\\)");
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]");
    private static final Pattern API_HINT = Pattern.compile("\\s*\\(for [^)]*\\)|\\s*, from `[^`]*`|\\s*\\(from `[^`]*`\\)");

    private JacksonMessages() {
    }

    static String plain(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            return "the text cannot be parsed";
        }
        message = CHAR_CODE.matcher(message).replaceAll("");
        message = SOURCE.matcher(message).replaceAll("line $1, column $2");
        message = API_HINT.matcher(message).replaceAll("");
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        return message.strip();
    }
}
