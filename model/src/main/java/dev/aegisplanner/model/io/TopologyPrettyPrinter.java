package dev.aegisplanner.model.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Indents a topology the way a person would write it: one field per line, except that small things (a
 * server, a link, a layout box, a list of addresses) stay on one line, so a file with thousands of servers
 * still reads as a list of servers. The writer says which container comes next inline with
 * {@link #inlineNext()}; everything inside an inline container is inline too.
 */
final class TopologyPrettyPrinter implements PrettyPrinter {

    private static final String INDENT = "  ";

    private final Deque<Boolean> inline = new ArrayDeque<>();
    private boolean inlineNext;
    private int depth;

    void inlineNext() {
        inlineNext = true;
    }

    private boolean inInline() {
        return !inline.isEmpty() && inline.peek();
    }

    private void open(JsonGenerator g, char bracket) throws IOException {
        boolean inlined = inlineNext || inInline();
        inlineNext = false;
        inline.push(inlined);
        if (!inlined) {
            depth++;
        }
        g.writeRaw(bracket);
    }

    private void close(JsonGenerator g, char bracket, int entries, boolean spaced) throws IOException {
        boolean inlined = inline.pop();
        if (!inlined) {
            depth--;
            if (entries > 0) {
                newLine(g);
            }
        } else if (spaced && entries > 0) {
            g.writeRaw(' ');
        }
        g.writeRaw(bracket);
    }

    private void newLine(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            g.writeRaw(INDENT);
        }
    }

    private void separate(JsonGenerator g, boolean spaced) throws IOException {
        if (inInline()) {
            if (spaced) {
                g.writeRaw(' ');
            }
        } else {
            newLine(g);
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        open(g, '{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        separate(g, true);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        separate(g, true);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        close(g, '}', entries, true);
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        open(g, '[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        separate(g, false);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        separate(g, true);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int entries) throws IOException {
        close(g, ']', entries, false);
    }
}
