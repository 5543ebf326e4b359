package dev.aegisplanner.app.cli;

/**
 * The exit codes of every subcommand, as PRODUCT.md section 5 defines them, plus one for bugs. Scripts and
 * CI jobs branch on these, so they never change meaning.
 */
public final class ExitCode {

    /** The command did what was asked; a topology with only warnings still counts as valid. */
    public static final int OK = 0;
    /** The topology has errors (or a scenario missed the tier it expects). */
    public static final int INVALID = 1;
    /** Bad usage, a file that cannot be read or written, or not a topology at all. */
    public static final int USAGE_OR_IO = 2;
    /** A bug in Aegis Planner itself (sysexits' EX_SOFTWARE); the one line on stderr says what broke. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {
    }
}
