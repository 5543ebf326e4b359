package dev.aegisplanner.app.cli;

/**
 * Ends a subcommand with an exit code and one line for stderr. Commands throw it instead of printing and
 * returning, so every failure reaches the user through the same handler in the same shape.
 */
public final class CliFailure extends RuntimeException {

    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** Bad usage or an I/O problem: exit 2. */
    public static CliFailure usage(String message) {
        return new CliFailure(ExitCode.USAGE_OR_IO, message);
    }

    /** An invalid topology: exit 1. */
    public static CliFailure invalid(String message) {
        return new CliFailure(ExitCode.INVALID, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
