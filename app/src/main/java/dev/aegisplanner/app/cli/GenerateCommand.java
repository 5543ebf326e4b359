package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.generate.DemandPlan;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.io.TopologyWriter;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aegis generate [--locations N --data-centers N --servers N --pools N --seed S] [--demand] -o FILE}: a
 * synthetic topology for demos, benchmarks and scale tests, with demand in every location for every zone when
 * asked. The same options always give the same file.
 */
@Command(name = "generate",
        description = "Write a large, realistic synthetic topology (same options, same file).",
        footer = {"", "Example: aegis generate --locations 300 --data-centers 1000 --servers 100000 -o big.json",
            "", "Exit codes: 0 written, 2 usage or I/O error."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--locations", paramLabel = "N", defaultValue = "30",
            description = "Locations (metros). Default: ${DEFAULT-VALUE}.")
    private int locations;

    @Option(names = "--data-centers", paramLabel = "N", defaultValue = "100",
            description = "Data centers, spread over the locations. Default: ${DEFAULT-VALUE}.")
    private int dataCenters;

    @Option(names = "--servers", paramLabel = "N", defaultValue = "2000",
            description = "Servers, spread over the data centers. Default: ${DEFAULT-VALUE}.")
    private int servers;

    @Option(names = "--pools", paramLabel = "N", defaultValue = "8",
            description = "Dedicated egress pools (customers). Default: ${DEFAULT-VALUE}.")
    private int pools;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--demand", description = "Add demand: an entry in every location for every zone.")
    private boolean demand;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Where to write it.")
    private Path output;

    @Override
    public Integer call() {
        GeneratorSpec generatorSpec;
        try {
            generatorSpec = new GeneratorSpec(locations, dataCenters, servers, pools, seed);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage());
        }
        Topology generated = TopologyGenerator.generate(generatorSpec);
        Topology topology = demand ? DemandPlan.everywhere(generated, seed) : generated;
        try {
            TopologyWriter.write(topology, output);
        } catch (IOException e) {
            throw CliFailure.usage(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Printable.text(output + ": " + Plural.size(topology) + ", "
                + Plural.of(topology.pools().size(), "pool") + ", " + Plural.of(topology.scenarios().size(), "scenario")
                + (demand ? ", " + demandEntries(topology.demand().size()) : "")
                + " (seed " + seed + ")"));
        out.flush();
        return ExitCode.OK;
    }

    private static String demandEntries(int count) {
        return count == 1 ? "1 demand entry" : String.format(java.util.Locale.ROOT, "%,d demand entries", count);
    }
}
