package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.advisor.AddressCount;
import dev.aegisplanner.model.advisor.NoPlacementException;
import dev.aegisplanner.model.advisor.Pin;
import dev.aegisplanner.model.advisor.PlacementAdvisor;
import dev.aegisplanner.model.advisor.PlacementRequest;
import dev.aegisplanner.model.advisor.Suggestion;
import dev.aegisplanner.model.io.ReadResult;
import dev.aegisplanner.model.io.TopologyWriter;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aegis suggest FILE --pool P [--addresses N|min] [--n-1] [--time-limit S] [--pin ADDRESS@LOC] [--keep LOC]
 * [--exclude LOC] [-o OUT] [--json]}: where the pool's IPv4 addresses should go (PRODUCT.md section 8). Exit 0 with
 * a placement (written with {@code -o}), 1 when no placement meets the constraints or the topology is invalid (apart
 * from the pool's own placement, which is what the advisor replaces), 2 on usage or I/O errors.
 */
@Command(name = "suggest",
        sortOptions = false,
        description = {"Where a pool's IPv4 addresses should go: the locations, data centers and shares with the least "
            + "demand-weighted forward and origin latency that hold the pool's demand (every row at most 100 %%, nothing "
            + "unserved; with --n-1, under every single failure too)."},
        footer = {"", "Example: aegis suggest samples/across-the-ocean.json --pool shop-pool -o fixed.json",
            "", "Exit codes: 0 a placement (written with -o), 1 no placement meets the constraints or the topology is "
                + "invalid, 2 usage or I/O error."})
final class SuggestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private TopologyFile file;

    @Option(names = "--pool", required = true, paramLabel = "POOL", description = "The pool whose addresses to place.")
    private String pool;

    @Option(names = "--addresses", paramLabel = "N|min",
            description = "How many addresses: N (the pool's first N IPv4 addresses, then new ones numbered after its "
                + "last), or min for the fewest that work. Default: the pool's own.")
    private String addresses;

    @Option(names = "--n-1", description = "The placement must also hold with any single data center or location down.")
    private boolean nMinusOne;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long the search may take (default ${DEFAULT-VALUE}); past it, the best placement found "
                + "and how far from optimal it may be.")
    private double timeLimit;

    @Option(names = "--pin", paramLabel = "ADDRESS@LOCATION", split = ",",
            description = "Keep this address in this location (repeatable).")
    private List<String> pins = new ArrayList<>();

    @Option(names = "--keep", paramLabel = "LOCATION", split = ",",
            description = "These locations must keep holding some address of the pool.")
    private List<String> keep = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "LOCATION", split = ",",
            description = "These locations must hold none of the pool's addresses.")
    private List<String> exclude = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write the complete topology with the placement applied (atomically).")
    private Path output;

    @Option(names = "--json", description = "Print one JSON object: objective before and after, optimal, gap, addresses.")
    private boolean json;

    @Override
    public Integer call() {
        PlacementRequest request = request();
        Topology topology = readTopology();
        Suggestion suggestion;
        try {
            suggestion = PlacementAdvisor.suggest(topology, request);
        } catch (NoPlacementException e) {
            throw e.isRequestError() ? CliFailure.usage(e.getMessage())
                    : CliFailure.invalid(file.path() + ": no placement: " + e.getMessage());
        }
        if (output != null) {
            String text = TopologyWriter.toJson(suggestion.topology());
            OutputFile.write(output, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new SuggestJson(out).print(suggestion);
        } else {
            new SuggestReport(out).print(topology, suggestion, output);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** A topology the advisor may start from: its errors, other than in the pool's own placement, end with exit 1. */
    private Topology readTopology() {
        ReadResult result = file.read();
        if (result.hasErrors() && !result.complete()) {
            // Errors in the text itself (unknown fields, wrong types): the file is not what the planner meant.
            return file.readValid(spec.commandLine().getErr());
        }
        List<Problem> errors = PlacementAdvisor.blockingErrors(result.topology(), pool);
        if (!errors.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            errors.forEach(p -> err.println(ErrorReporter.PREFIX + file.path() + ": " + p.format()));
            throw CliFailure.invalid(file.path() + ": invalid topology: " + Plural.of(errors.size(), "error"));
        }
        return result.topology();
    }

    private PlacementRequest request() {
        if (!(timeLimit > 0) || Double.isInfinite(timeLimit)) {
            throw CliFailure.usage("--time-limit: give a number of seconds above 0, not " + timeLimit);
        }
        List<Pin> parsed = new ArrayList<>();
        for (String pin : pins) {
            try {
                parsed.add(Pin.parse(pin));
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage("--pin: " + e.getMessage());
            }
        }
        return new PlacementRequest(pool, count(), nMinusOne, Duration.ofMillis(Math.round(timeLimit * 1000)),
                parsed, ids(keep), ids(exclude));
    }

    private AddressCount count() {
        if (addresses == null) {
            return AddressCount.POOL;
        }
        if (addresses.equalsIgnoreCase("min")) {
            return AddressCount.FEWEST;
        }
        try {
            int n = Integer.parseInt(addresses.trim());
            if (n >= 1) {
                return AddressCount.exactly(n);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw CliFailure.usage("--addresses: give a number of at least 1, or min, not '" + addresses + "'");
    }

    private static Set<String> ids(List<String> values) {
        Set<String> ids = new LinkedHashSet<>();
        values.stream().map(String::trim).filter(v -> !v.isEmpty()).forEach(ids::add);
        return ids;
    }
}
