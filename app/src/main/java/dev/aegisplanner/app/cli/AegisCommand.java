package dev.aegisplanner.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code aegis}: the root of the command line. A new subcommand is one more class in {@code subcommands}. */
@Command(name = "aegis",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = AegisCommand.Version.class,
        description = {
            "Plan dedicated egress IPs (Aegis) and trace how requests are forwarded.",
            "Without arguments, or with only a topology file, the launcher opens the editor instead."
        },
        subcommands = {ValidateCommand.class, TraceCommand.class, CoverageCommand.class, CapacityCommand.class,
            SuggestCommand.class,
            ExportCommand.class, GenerateCommand.class},
        footer = {"", "Exit codes: 0 success, 1 invalid topology, 2 usage or I/O error."})
final class AegisCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** The version Maven stamped into the jar's manifest; a build from the IDE has none. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = AegisCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Aegis Planner " + (version == null ? "(development build)" : version)};
        }
    }
}
