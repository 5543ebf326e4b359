package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.io.ReadResult;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Printable;
import dev.aegisplanner.model.validation.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;
import picocli.CommandLine.Parameters;

/**
 * The FILE argument of every subcommand that reads a topology, and the one policy for what a command does
 * with what it finds: an unreadable file is an I/O error (exit 2), a topology with errors is invalid (exit 1,
 * after listing every error), warnings never stop anything.
 */
final class TopologyFile {

    @Parameters(index = "0", paramLabel = "FILE", description = "Topology file (aegis-topology, version 1).")
    private Path path;

    Path path() {
        return path;
    }

    /** Reads the file; an unreadable one ends the command with exit 2 and the reason. */
    ReadResult read() {
        ReadResult result = TopologyReader.read(path);
        if (result.outcome() == ReadResult.Outcome.UNREADABLE) {
            throw CliFailure.usage(result.problems().stream()
                    .map(this::located)
                    .collect(Collectors.joining("; ")));
        }
        return result;
    }

    /**
     * Reads a topology the engine may run on. Each error goes to {@code err} as its own line, then the
     * command ends with exit 1: trace and export must not answer for a topology the validator rejects.
     */
    Topology readValid(PrintWriter err) {
        ReadResult result = read();
        if (result.hasErrors()) {
            result.errors().forEach(p -> err.println(Printable.text(ErrorReporter.PREFIX + path + ": " + p.format())));
            long unlisted = result.errorCount() - result.errors().size();
            if (unlisted > 0) {
                err.println(ErrorReporter.PREFIX + "... and " + Plural.of(unlisted, "more error"));
            }
            throw CliFailure.invalid(path + ": invalid topology: " + Plural.of(result.errorCount(), "error"));
        }
        return result.topology();
    }

    /** {@code samples/x.json:3:5: message}, the compiler-style place of a problem in the text. */
    private String located(Problem problem) {
        String where = problem.hasPosition() ? path + ":" + problem.line() + ":" + problem.column() : path.toString();
        return where + ": " + problem.message();
    }
}
