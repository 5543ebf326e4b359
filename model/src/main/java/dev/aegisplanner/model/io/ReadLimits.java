package dev.aegisplanner.model.io;

/**
 * The caps on what the reader accepts, so a hostile or broken file fails with a clear message instead of
 * exhausting memory. The defaults leave room for far larger topologies than anyone plans by hand: a
 * 100,000-server file is about 4 MB (13 MB with the editor's layout), nests 7 levels deep and has about
 * 300,000 list and map entries.
 *
 * @param maxBytes largest file or text, in bytes (for a text, in characters)
 * @param maxNestingDepth deepest nesting of lists and objects
 * @param maxStringLength longest text value, in characters
 * @param maxNameLength longest field name or map key, in characters
 * @param maxNumberLength longest number, in characters
 * @param maxStreamBytes most bytes read from a pipe or a device, whose size is not known before reading: it
 *     is all held in memory before parsing starts, so this stays well below what a small heap holds
 * @param maxEntries most entries of lists and maps in the whole file (servers, addresses, layout boxes, ...)
 * @param maxProblems most problems kept; beyond it they are only counted
 */
public record ReadLimits(long maxBytes, int maxNestingDepth, int maxStringLength, int maxNameLength,
                         int maxNumberLength, long maxStreamBytes, long maxEntries, int maxProblems) {

    public static final ReadLimits DEFAULT = new ReadLimits(512L * 1024 * 1024, 64, 1_000_000, 1_000, 100,
            64L * 1024 * 1024, 1_000_000, 1_000);

    /** The default caps on entries, problems and streams, with these on size and shape. */
    public ReadLimits(long maxBytes, int maxNestingDepth, int maxStringLength, int maxNameLength, int maxNumberLength) {
        this(maxBytes, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, DEFAULT.maxStreamBytes(),
                DEFAULT.maxEntries(), DEFAULT.maxProblems());
    }

    public ReadLimits withMaxStreamBytes(long bytes) {
        return new ReadLimits(maxBytes, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, bytes,
                maxEntries, maxProblems);
    }

    public ReadLimits withMaxEntries(long entries) {
        return new ReadLimits(maxBytes, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                maxStreamBytes, entries, maxProblems);
    }

    public ReadLimits withMaxProblems(int problems) {
        return new ReadLimits(maxBytes, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                maxStreamBytes, maxEntries, problems);
    }
}
