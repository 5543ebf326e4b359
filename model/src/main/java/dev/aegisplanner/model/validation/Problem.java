package dev.aegisplanner.model.validation;

import java.util.Objects;

/**
 * One thing wrong with a topology, worded for a planner. The message is kept {@linkplain Printable printable}:
 * whatever file text it quotes, it stays one line.
 *
 * @param code a stable rule name ({@code "duplicate-id"}, {@code "ipv4-too-many-locations"}, ...) for
 *     tests and tools; never shown alone
 * @param pointer JSON pointer (RFC 6901) to the value at fault, {@code ""} for the whole document
 * @param line 1-based line in the text, or 0 when the problem has no place in a text (a topology built in memory)
 * @param column 1-based column, or 0
 */
public record Problem(Severity severity, String code, String pointer, int line, int column, String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        message = Printable.text(Objects.requireNonNull(message, "message"));
    }

    public static Problem error(String code, String pointer, String message) {
        return new Problem(Severity.ERROR, code, pointer, 0, 0, message);
    }

    public static Problem warning(String code, String pointer, String message) {
        return new Problem(Severity.WARNING, code, pointer, 0, 0, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean hasPosition() {
        return line > 0;
    }

    public Problem at(int newLine, int newColumn) {
        return new Problem(severity, code, pointer, newLine, newColumn, message);
    }

    /** {@code /zones/0/pool 12:17 error: message}, the form the command line prints. */
    public String format() {
        String where = pointer.isEmpty() ? "/" : pointer;
        String position = hasPosition() ? " " + line + ":" + column : "";
        return where + position + " " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
