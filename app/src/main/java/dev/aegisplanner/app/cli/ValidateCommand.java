package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.analysis.StrandedZones;
import dev.aegisplanner.model.io.ReadResult;
import dev.aegisplanner.model.validation.Printable;
import dev.aegisplanner.model.validation.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code aegis validate FILE}: every problem with its place, then a one-line verdict. A topology without errors
 * is also run through the engine for its planning warnings, zones whose requests have nowhere to egress: a
 * plan's own CI should hear of them, though they leave the file valid (a sample may tell that story on
 * purpose, and NO_EGRESS is a tier the engine answers with, not a broken rule).
 */
@Command(name = "validate",
        description = {"Check a topology file: list each problem as 'pointer line:column severity: message'.",
            "A valid topology is also checked for zones with nowhere to egress (warnings)."},
        footer = {"", "Exit codes: 0 valid (warnings allowed), 1 invalid, 2 unreadable or not JSON."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private TopologyFile file;

    @Override
    public Integer call() {
        ReadResult result = file.read();
        PrintWriter out = spec.commandLine().getOut();
        result.problems().forEach(problem -> out.println(problem.format()));
        if (result.unlisted() > 0) {
            out.println("... and " + Plural.of(result.unlisted(), "more problem") + ", after the first "
                    + Plural.of(result.problems().size(), "problem") + " listed");
        }
        // Errors block the engine: a topology with errors has no planning warnings to give.
        List<Problem> planning = result.hasErrors() ? List.of() : StrandedZones.warnings(result.topology());
        planning.forEach(problem -> out.println(problem.format()));
        out.println(Printable.text(file.path() + ": " + verdict(result, planning.size())));
        out.flush();
        return result.hasErrors() ? ExitCode.INVALID : ExitCode.OK;
    }

    private static String verdict(ReadResult result, int planningWarnings) {
        long warnings = result.warningCount() + planningWarnings;
        if (result.hasErrors()) {
            String verdict = "invalid, " + Plural.of(result.errorCount(), "error");
            return warnings == 0 ? verdict : verdict + " and " + Plural.of(warnings, "warning");
        }
        String verdict = warnings == 0 ? "valid" : "valid with " + Plural.of(warnings, "warning");
        return verdict + " (" + Plural.size(result.topology()) + ")";
    }
}
