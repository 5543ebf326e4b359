package dev.aegisplanner.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import dev.aegisplanner.model.validation.Problem;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One decoding in progress: the cursor over the text, what is found besides the topology, where elements
 * start, and the count of list and map entries, which is capped ({@link ReadLimits#maxEntries()}) so that a
 * file of a million tiny entries cannot fill the memory with the values that stand for them.
 */
final class Decoding {

    final Cursor cursor;
    final DecodeLog log;
    final ElementPositions positions = new ElementPositions();
    private final long maxEntries;
    private long entries;
    /** Readers of objects that are done, for the next objects: one per level of nesting is ever made. */
    private final ArrayDeque<Fields> free = new ArrayDeque<>();

    Decoding(Cursor cursor, ReadLimits limits) {
        this.cursor = cursor;
        this.log = new DecodeLog(limits.maxProblems());
        this.maxEntries = limits.maxEntries();
    }

    /** A reader for the object the parser is at; give it back with {@link #release} once the object is read. */
    Fields open(Pointer pointer, Supplier<String> subject) {
        Fields fields = free.poll();
        return (fields != null ? fields : new Fields(this)).start(pointer, subject);
    }

    void release(Fields fields) {
        free.push(fields);
    }

    /** Counts one more entry of a list or map; past the cap, reading stops with why and where. */
    void countEntry() throws UnreadableException {
        if (++entries > maxEntries) {
            JsonLocation at = cursor.parser().currentTokenLocation();
            String cap = String.format(Locale.ROOT, "%,d", maxEntries);
            throw new UnreadableException(Problem.error("too-many-entries",
                    cursor.parser().getParsingContext().pathAsPointer().toString(),
                    "The topology has more than " + cap + " entries in its lists and maps (servers, addresses,"
                            + " layout boxes, ...); Aegis Planner reads topologies of up to " + cap)
                    .at(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
        }
    }
}
