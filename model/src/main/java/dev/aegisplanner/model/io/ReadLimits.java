package dev.aegisplanner.model.io;

/**
 * The caps on what the reader accepts, so a hostile or broken file fails with a clear message instead of
 * exhausting memory. The defaults leave room for far larger topologies than anyone plans by hand: a
 * 100,000-server file is about 20 MB and nests 7 levels deep.
 *
 * @param maxBytes largest file or text, in bytes (for a text, in characters)
 * @param maxNestingDepth deepest nesting of lists and objects
 * @param maxStringLength longest text value, in characters
 * @param maxNameLength longest field name or map key, in characters
 * @param maxNumberLength longest number, in characters
 */
public record ReadLimits(long maxBytes, int maxNestingDepth, int maxStringLength, int maxNameLength,
                         int maxNumberLength) {

    public static final ReadLimits DEFAULT = new ReadLimits(512L * 1024 * 1024, 64, 1_000_000, 1_000, 100);
}
