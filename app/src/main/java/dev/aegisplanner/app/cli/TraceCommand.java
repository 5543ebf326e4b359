package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.RequestException;
import dev.aegisplanner.model.engine.TraceJson;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aegis trace FILE (--scenario ID | --zone Z --origin O --ingress SERVER [--family F]) [--json]}: runs
 * the forwarding cascade for one request and shows the tier, the path and every check. A scenario that
 * declares the tier it expects and misses it exits 1, so a planner's own CI can hold a plan to its intent.
 */
@Command(name = "trace",
        sortOptions = false,
        description = "Trace one request through the forwarding cascade: tier, path, and every check made.",
        footer = {"", "Exit codes: 0 traced (and the scenario's expected tier, if any, was reached), "
                + "1 invalid topology or expectation missed, 2 usage or I/O error."})
final class TraceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private TopologyFile file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Selection selection;

    @Option(names = "--json", description = "Print the trace result as JSON instead of text.")
    private boolean json;

    /** Either a scenario of the file or a request spelled out. */
    static final class Selection {
        @Option(names = "--scenario", paramLabel = "ID", required = true,
                description = "A scenario of the topology file.")
        private String scenario;

        @ArgGroup(exclusive = false, heading = "%nOr a request:%n")
        private RequestOptions request;
    }

    static final class RequestOptions {
        @Option(names = "--zone", paramLabel = "ZONE", required = true, description = "The zone (hostname).")
        private String zone;

        @Option(names = "--origin", paramLabel = "ORIGIN", required = true, description = "The origin's id.")
        private String origin;

        @Option(names = "--ingress", paramLabel = "SERVER", required = true,
                description = "The server the request enters on.")
        private String ingress;

        @Option(names = "--family", paramLabel = "FAMILY", converter = FamilyConverter.class,
                description = "ipv4 or ipv6; default: ipv4 when the origin has an IPv4 address.")
        private Family family;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Topology topology = file.readValid(spec.commandLine().getErr());
        Scenario scenario = selection.scenario == null ? null : scenario(topology, selection.scenario);
        Request request = scenario != null ? Request.of(scenario) : new Request(selection.request.zone,
                selection.request.origin, selection.request.ingress, selection.request.family);
        TraceResult result;
        try {
            result = new ForwardingEngine(topology).trace(request);
        } catch (RequestException e) {
            throw CliFailure.usage(file.path() + ": " + e.getMessage());
        }
        out.println(json ? TraceJson.toJson(request, result) : new TraceReport(topology, request, scenario).render(result));
        out.flush();
        return checkExpectation(scenario, result);
    }

    private Scenario scenario(Topology topology, String id) {
        return topology.scenario(id).orElseThrow(() -> CliFailure.usage(file.path() + ": no scenario '" + id
                + "'" + (topology.scenarios().isEmpty() ? "; the file has none"
                : "; the file has " + topology.scenarios().stream().map(Scenario::id)
                        .collect(Collectors.joining(", ")))));
    }

    private int checkExpectation(Scenario scenario, TraceResult result) {
        if (scenario == null || scenario.expect() == null || scenario.expect().equals(result.tier().name())) {
            return ExitCode.OK;
        }
        throw CliFailure.invalid(file.path() + ": scenario " + scenario.id() + " expects " + scenario.expect()
                + " but reaches " + result.tier());
    }
}
