package dev.aegisplanner.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** One in-process run of the command line: its exit code and what it printed on stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return of(AegisCli.commandLine(), args);
    }

    static CliRun of(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A sample topology shipped in {@code samples/}, as the argument a user would type. */
    static String sample(String name) {
        Path file = Path.of("..", "samples", name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No sample " + file.toAbsolutePath().normalize());
        }
        return file.toString();
    }
}
