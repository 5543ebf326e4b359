package dev.aegisplanner.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.io.StringWriter;

/**
 * The streaming parser as the decoder uses it: the token at hand, its value, and where it is. A place is a
 * line and a column packed in one {@code long} ({@link #place}); reading it costs no allocation, so every
 * element can note where it starts. Offsets count characters of the whole text, also when the parser reads
 * only a part of it (one element, read again to place a problem inside it).
 */
final class Cursor {

    private static final JsonFactory RAW = new JsonFactory();

    private final JsonParser parser;
    private final ParserBase base;
    private final String text;
    /** Where the parsed part starts in the whole text, and on which line and column. */
    private final int originOffset;
    private final int originLine;
    private final int originColumn;

    Cursor(JsonParser parser, String text) {
        this(parser, text, 0, 1, 1);
    }

    Cursor(JsonParser parser, String text, int originOffset, int originLine, int originColumn) {
        this.parser = parser;
        this.base = parser instanceof ParserBase b ? b : null;
        this.text = text;
        this.originOffset = originOffset;
        this.originLine = originLine;
        this.originColumn = originColumn;
    }

    static long place(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    static int line(long place) {
        return (int) (place >>> 32);
    }

    static int column(long place) {
        return (int) place;
    }

    JsonParser parser() {
        return parser;
    }

    JsonToken next() throws IOException {
        return parser.nextToken();
    }

    JsonToken token() {
        return parser.currentToken();
    }

    /**
     * The offset of the current value (on a field name: of the value that follows it; the parser counts a token
     * from the character after its first one).
     */
    int offset() {
        if (base == null) {
            return originOffset + (int) location().getCharOffset();
        }
        return originOffset + (int) base.getTokenCharacterOffset() - 1;
    }

    /** The place of the current value (on a field name: of the value that follows it). */
    long place() {
        int line;
        int column;
        if (base == null) {
            JsonLocation at = location();
            line = at.getLineNr();
            column = at.getColumnNr();
        } else {
            line = base.getTokenLineNr();
            column = base.getTokenColumnNr() - 1;
        }
        return line == 1 ? place(originLine, originColumn + column - 1) : place(originLine + line - 1, column);
    }

    private JsonLocation location() {
        return parser.currentTokenLocation();
    }

    /**
     * The place of the field name before a value, found by walking back from the value over the colon and
     * the name: the parser knows where a name starts only through an object it would make for every field.
     */
    long nameBefore(int valueOffset, long valuePlace) {
        int i = valueOffset - 1;
        int lines = 0;
        while (i > 0 && text.charAt(i) != '"') {
            if (text.charAt(i) == '\n' || (text.charAt(i) == '\r' && text.charAt(i + 1) != '\n')) {
                lines++;
            }
            i--;
        }
        // i is the name's closing quote; its opening one is the first quote before it that is not escaped.
        for (i--; i > 0 && !(text.charAt(i) == '"' && !escaped(i)); i--) {
            // Names hold no line breaks (JSON strings cannot), so the line stays.
        }
        if (lines == 0) {
            return place(line(valuePlace), column(valuePlace) - (valueOffset - i));
        }
        int lineStart = i;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        return place(line(valuePlace) - lines, i - lineStart + 1);
    }

    private boolean escaped(int quote) {
        int backslashes = 0;
        for (int j = quote - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    String name() throws IOException {
        return parser.currentName();
    }

    String text() throws IOException {
        return parser.getText();
    }

    double number() throws IOException {
        return parser.getDoubleValue();
    }

    /** Skips the current value with everything inside it. */
    void skip() throws IOException {
        parser.skipChildren();
    }

    /**
     * The current value as compact JSON text, numbers exactly as written ({@code 7.50}, {@code 1e999}), and moves
     * past it.
     */
    String capture() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = RAW.createGenerator(out)) {
            int depth = 0;
            do {
                JsonToken token = parser.currentToken();
                if (token.isNumeric()) {
                    g.writeNumber(parser.getText());
                } else {
                    g.copyCurrentEvent(parser);
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
            } while (depth > 0 && parser.nextToken() != null);
        }
        return out.toString();
    }

    /** What the current value is, as the end of "must be a number, not ...". */
    String describe() {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            default -> "a " + token.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
