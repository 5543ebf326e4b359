package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.analysis.Coverage;
import dev.aegisplanner.model.analysis.CoverageDiff;
import dev.aegisplanner.model.analysis.ZoneCoverage;
import dev.aegisplanner.model.edit.Failures;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aegis coverage FILE [--json [--summary]|--csv] [--down ID,...] [--zone Z,...] [--family ipv4,ipv6]}: for every
 * zone and every server a request can enter on, the tier its requests reach and where they egress; with
 * {@code --down}, the same with those elements down, and every request that changed.
 */
@Command(name = "coverage",
        sortOptions = false,
        description = {"Where every zone's requests egress, from every server they can enter on.",
            "With --down, the same with those elements down, and what changed."},
        footer = {"", "Example: aegis coverage samples/global-retailer.json --down FRA-1",
            "", "Exit codes: 0 success, 1 invalid topology, 2 usage or I/O error (such as an unknown id in --down)."})
final class CoverageCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private TopologyFile file;

    @Option(names = "--down", paramLabel = "ID", split = ",",
            description = "Locations, data centers or servers to take down (comma-separated ids).")
    private List<String> down = List.of();

    @Option(names = "--zone", paramLabel = "ZONE", split = ",",
            description = "Only these zones (comma-separated); default: every zone.")
    private List<String> zones = List.of();

    @Option(names = "--family", paramLabel = "FAMILY", split = ",", converter = FamilyConverter.class,
            description = "ipv4, ipv6, or both as ipv4,ipv6. Default: ipv4.")
    private List<Family> families = List.of(Family.IPV4);

    @ArgGroup(exclusive = true)
    private Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print rows (and with --down, changes) as one JSON object.")
        private boolean json;

        @Option(names = "--csv", description = "Print one row per zone, family and ingress server, with a header.")
        private boolean csv;
    }

    @Option(names = "--summary", description = {"With --json: per zone, one entry per data center with its servers"
            + " counted per tier and per egress location, instead of one row per server (megabytes, not"
            + " gigabytes, for 100,000 servers). The text report is always this summary."})
    private boolean summary;

    @Override
    public Integer call() {
        Topology topology = file.readValid(spec.commandLine().getErr());
        List<String> chosenZones = chosenZones(topology);
        Set<String> downIds = new LinkedHashSet<>(down);
        Topology failed = downIds.isEmpty() ? topology : takeDown(topology, downIds);
        Coverage before = Coverage.of(topology);
        Coverage after = failed == topology ? before : Coverage.of(failed);
        List<Family> chosenFamilies = List.copyOf(new LinkedHashSet<>(families));
        CoverageOutput output = output(topology, chosenFamilies, downIds);
        for (String zone : chosenZones) {
            for (Family family : chosenFamilies) {
                ZoneCoverage now = after.zone(zone, family);
                output.zone(now, downIds.isEmpty() ? null : CoverageDiff.between(before.zone(zone, family), now));
            }
        }
        output.finish();
        return ExitCode.OK;
    }

    private CoverageOutput output(Topology topology, List<Family> chosenFamilies, Set<String> downIds) {
        PrintWriter out = spec.commandLine().getOut();
        if (format.json) {
            return summary ? new CoverageSummaryJson(out, topology, chosenFamilies, downIds)
                    : new CoverageJson(out, topology, chosenFamilies, downIds);
        }
        if (summary && format.csv) {
            throw CliFailure.usage("--summary goes with --json (the text report is a summary already)");
        }
        if (format.csv) {
            return new CoverageCsv(out, !downIds.isEmpty());
        }
        String title = topology.name() != null ? topology.name() : file.path().getFileName().toString();
        return new CoverageReport(out, topology, title, chosenFamilies, downIds);
    }

    private List<String> chosenZones(Topology topology) {
        List<String> all = topology.zones().stream().map(Zone::id).distinct().toList();
        for (String zone : zones) {
            if (!all.contains(zone)) {
                throw CliFailure.usage(file.path() + ": no zone '" + zone + "'; " + theZonesOf(all));
            }
        }
        return zones.isEmpty() ? all : List.copyOf(new LinkedHashSet<>(zones));
    }

    /** "the file has a, b", or only how many when the list would not fit on a line. */
    private static String theZonesOf(List<String> all) {
        if (all.isEmpty()) {
            return "the file has none";
        }
        return "the file has " + (all.size() <= 10 ? String.join(", ", all) : Plural.of(all.size(), "zone"));
    }

    private Topology takeDown(Topology topology, Set<String> ids) {
        try {
            return Failures.takeDown(topology, ids);
        } catch (IllegalArgumentException unknown) {
            throw CliFailure.usage(file.path() + ": --down: " + unknown.getMessage());
        }
    }
}
