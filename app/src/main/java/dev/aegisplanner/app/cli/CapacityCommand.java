package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.capacity.CapacityAnalysis;
import dev.aegisplanner.model.capacity.CapacityReport;
import dev.aegisplanner.model.capacity.DrillReport;
import dev.aegisplanner.model.capacity.InputFileException;
import dev.aegisplanner.model.capacity.ObservedComparison;
import dev.aegisplanner.model.capacity.ObservedUtilization;
import dev.aegisplanner.model.capacity.RowStatus;
import dev.aegisplanner.model.capacity.demand.DemandFile;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Topology;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aegis capacity FILE [--demand FILE] [--n-1] [--observed FILE] [--json|--csv]}: how loaded every egress
 * address is for the demand (PRODUCT.md section 7). Demand given with {@code --demand} replaces the file's own:
 * an analytics export describes the same traffic the file's entries estimate, so adding them would count it
 * twice. Exit 0 when the plan holds (every row at most 100 %, nothing unserved and, with {@code --n-1}, no
 * single failure changes that), 1 when it does not or the topology or demand is invalid, 2 on usage or I/O errors.
 */
@Command(name = "capacity",
        sortOptions = false,
        description = {"How loaded every egress address is for the demand, per location, data center, address and "
            + "origin IPv4:port, with unserved and forwarded demand; with --n-1, under every single failure too."},
        footer = {"", "Example: aegis capacity samples/capacity-drill.json --n-1",
            "", "Exit codes: 0 the plan holds (every row at most 100 %%, nothing unserved and, with --n-1, the same "
                + "under every single failure), 1 it does not, or the topology or demand is invalid, 2 usage or I/O "
                + "error."})
final class CapacityCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private TopologyFile file;

    @Option(names = "--demand", paramLabel = "FILE",
            description = "Demand as CSV (zone,origin,location,dataCenter,connections,family) or JSON; replaces the file's own.")
    private Path demandFile;

    @Option(names = "--n-1", description = "Also drill every single data center and location failure.")
    private boolean drills;

    @Option(names = "--observed", paramLabel = "FILE",
            description = "A GraphQL Analytics response of aegisIpUtilizationAdaptiveGroups, set beside the plan.")
    private Path observedFile;

    @Option(names = "--top", paramLabel = "N", description = "Only the N worst rows in the table (text output).")
    private Integer top;

    @Option(names = "--no-color", description = "No colours, even on a terminal that has them.")
    private boolean noColor;

    @ArgGroup(exclusive = true)
    private Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print one JSON object: rows, unserved, forwarded, failures.")
        private boolean json;

        @Option(names = "--csv", description = "Print one CSV row per location, data center, address and origin.")
        private boolean csv;
    }

    @Override
    public Integer call() {
        Topology topology = file.readValid(spec.commandLine().getErr());
        List<Demand> demand = demandFile == null ? topology.demand() : readDemand(topology);
        List<ObservedUtilization.Sample> observed = observedFile == null ? null : readObserved();
        if (top != null && top < 1) {
            throw CliFailure.usage("--top: give a number of rows of at least 1, not " + top);
        }
        CapacityAnalysis analysis = CapacityAnalysis.of(topology, demand);
        CapacityReport report = analysis.report();
        DrillReport drillReport = drills ? analysis.drills().run() : null;
        List<ObservedComparison.Row> comparison = observed == null ? null : ObservedComparison.of(report, observed);
        CapacityView view = new CapacityView(topology, title(topology), report, drillReport, comparison);
        if (format.json) {
            new CapacityJson(spec.commandLine().getOut()).print(view);
        } else if (format.csv) {
            new CapacityCsv(spec.commandLine().getOut()).print(view);
        } else {
            new CapacityTable(spec.commandLine().getOut(), TerminalColors.decide(noColor), top).print(view);
        }
        if (view.holds()) {
            return ExitCode.OK;
        }
        spec.commandLine().getErr().println(ErrorReporter.PREFIX + file.path() + ": " + verdict(report, drillReport));
        spec.commandLine().getErr().flush();
        return ExitCode.INVALID;
    }

    /** "the plan does not hold: 2 rows over 100 %, 5,000 connections unserved, 3 of 28 failures hurt". */
    static String verdict(CapacityReport report, DrillReport drills) {
        StringBuilder text = new StringBuilder("the plan does not hold:");
        String separator = " ";
        long over = report.count(RowStatus.OVER);
        if (over > 0) {
            text.append(separator).append(Plural.of(over, "row")).append(" over 100 %");
            separator = ", ";
        }
        if (!report.unserved().isEmpty()) {
            text.append(separator).append(CapacityView.connections(report.unservedConnections())).append(" connections unserved");
            separator = ", ";
        }
        if (drills != null && !drills.holds()) {
            text.append(separator).append(drills.failures().size()).append(" of ")
                    .append(Plural.of(drills.drills(), "single failure")).append(" hurt");
        }
        return text.toString();
    }

    private List<Demand> readDemand(Topology topology) {
        DemandFile demand;
        try {
            demand = DemandFile.read(demandFile, topology);
        } catch (InputFileException e) {
            throw CliFailure.usage(e.getMessage());
        }
        if (demand.hasErrors()) {
            demand.problems().forEach(p -> spec.commandLine().getErr().println(ErrorReporter.PREFIX + demandFile + ":"
                    + p.line() + ":" + p.column() + ": " + p.message()));
            throw CliFailure.invalid(demandFile + ": invalid demand: " + Plural.of(demand.problems().size(), "error"));
        }
        return demand.entries();
    }

    private List<ObservedUtilization.Sample> readObserved() {
        try {
            return ObservedUtilization.read(observedFile);
        } catch (InputFileException e) {
            throw CliFailure.usage(e.getMessage());
        }
    }

    private String title(Topology topology) {
        return topology.name() != null ? topology.name() : file.path().getFileName().toString();
    }
}
