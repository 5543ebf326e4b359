package dev.aegisplanner.app.cli;

/** Entry point of the headless command line. */
public final class AegisCli {

    private AegisCli() {
    }

    /** Whether the arguments ask for a subcommand (or help) rather than the editor. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && (args[0].startsWith("-") || !args[0].endsWith(".json"));
    }

    /** Runs a subcommand and returns its exit code: 0 success, 1 invalid topology, 2 usage or I/O error. */
    public static int run(String[] args) {
        System.err.println("aegis: the command line is not built yet");
        return 2;
    }
}
