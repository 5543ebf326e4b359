package dev.aegisplanner.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the headless command line. Nothing reachable from here touches JavaFX, so subcommands run
 * on machines without a display and never start the toolkit (an architecture test holds this package to it).
 */
public final class AegisCli {

    private AegisCli() {
    }

    /** Whether the launcher should run a subcommand (or print help) rather than open the editor. */
    public static boolean isCommandLine(String[] args) {
        return LaunchMode.of(args) == LaunchMode.COMMAND_LINE;
    }

    /**
     * Runs a subcommand on the process's stdout and stderr and returns its exit code (see {@link ExitCode}).
     * Output is UTF-8 whatever the platform default, because topology files are UTF-8 and names in them
     * (São Paulo) must survive a pipe into a file.
     */
    public static int run(String[] args) {
        // Pictures are drawn with Java2D: headless, it needs no display and never shows the process as a
        // windowed application (a Dock icon on macOS).
        System.setProperty("java.awt.headless", "true");
        CommandLine cli = commandLine();
        PrintWriter err = utf8(System.err);
        cli.setOut(utf8(System.out));
        cli.setErr(err);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // What ran out is unreachable by now, so there is room again for one line.
            err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        }
    }

    /** The one line for a command that ran out of memory: how much it had, and how to give it more. */
    static String outOfMemory(long maxHeap) {
        long megabytes = maxHeap / (1024 * 1024);
        return ErrorReporter.PREFIX + "out of memory: this needs more than the " + megabytes + " MB Java may use;"
                + " give it more, for example java -Xmx" + Math.max(1, megabytes * 4 / 1024) + "g -jar aegis-planner.jar ...";
    }

    /** The configured command line, for callers (and tests) that bring their own output writers. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The command line with its subcommands built by {@code factory}, so tests can plug in export formats. */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        ErrorReporter errors = new ErrorReporter();
        return new CommandLine(new AegisCommand(), factory)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
