package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.engine.Check;
import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.engine.Hop;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The human form of a trace: the tier first, on a line of its own, because that is the answer; then where
 * the request came in and left, the path with each leg's distance or latency, and every check in order with
 * a pass or fail mark. Plain ASCII marks, so the report reads the same in any terminal and in a ticket.
 */
final class TraceReport {

    private final Topology topology;
    private final Request request;
    private final Scenario scenario;

    /** @param scenario the scenario traced, or {@code null} for a request given on the command line */
    TraceReport(Topology topology, Request request, Scenario scenario) {
        this.topology = topology;
        this.request = request;
        this.scenario = scenario;
    }

    String render(TraceResult result) {
        List<String> lines = new ArrayList<>();
        lines.add(result.tier() + "  " + meaning(result.tier()));
        lines.add("");
        if (scenario != null) {
            lines.add(field("scenario", scenario.id() + " - " + scenario.displayName()));
        }
        lines.add(field("request", request.zone() + " -> " + origin(result.family())));
        lines.add(field("ingress", place(result.ingress())));
        lines.add(field("egress", result.egress() == null ? "none" : egress(result)));
        lines.add("");
        lines.add("Path");
        int labelWidth = result.hops().stream().mapToInt(hop -> hop.label().length()).max().orElse(0);
        result.hops().forEach(hop -> lines.add("  " + hop(hop, labelWidth)));
        lines.add("");
        lines.add("Checks");
        result.checks().forEach(check -> lines.add("  " + check(check)));
        // Ids and names come from the file: a line break in one must not start a line of the report.
        lines.replaceAll(Printable::text);
        return String.join(System.lineSeparator(), lines);
    }

    /** What each tier means for the planner, in the words of the cascade. */
    static String meaning(Tier tier) {
        return switch (tier) {
            case NO_AEGIS -> "the zone has no dedicated pool: shared egress from the ingress server";
            case IPV6_GLOBAL -> "IPv6 is deployed everywhere: egress from the ingress server";
            case SAME_SERVER -> "the ingress server holds an applicable Aegis IP: no forwarding";
            case SAME_DATA_CENTER -> "forwarded to another server in the ingress data center";
            case SAME_LOCATION -> "forwarded to another data center of the ingress location";
            case OTHER_LOCATION -> "forwarded to the closest other location that can egress";
            case NO_EGRESS -> "no server anywhere can egress for this request: a planning error";
        };
    }

    private static String field(String name, String value) {
        return String.format(Locale.ROOT, "%-9s%s", name, value);
    }

    private String origin(Family family) {
        Origin origin = topology.origin(request.origin()).orElseThrow();
        String address = family == Family.IPV6 ? "[" + origin.ipv6() + "]" : origin.ipv4();
        return origin.id() + " (" + address + ":" + origin.port() + ") over " + family.json();
    }

    private static String place(Endpoint endpoint) {
        return endpoint.server() + " in data center " + endpoint.dataCenter() + ", location " + endpoint.location();
    }

    private static String egress(TraceResult result) {
        Endpoint egress = result.egress();
        String ip = egress.ip() == null ? "a shared address" : egress.ip();
        return place(egress) + ", from " + ip;
    }

    /** The hop's label, then the leg that reached it, aligned in a column after the longest label. */
    private static String hop(Hop hop, int labelWidth) {
        List<String> leg = new ArrayList<>();
        if (hop.distanceKm() != null) {
            leg.add(String.format(Locale.ROOT, "%,.0f km", hop.distanceKm()));
        }
        if (hop.latencyMs() != null) {
            leg.add(String.format(Locale.ROOT, "%,.1f ms", hop.latencyMs()));
        }
        return leg.isEmpty() ? hop.label() : pad(hop.label(), labelWidth) + "   " + String.join(", ", leg);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String check(Check check) {
        return (check.passed() ? "[pass] " : "[fail] ") + check.name() + ": " + check.reason();
    }
}
