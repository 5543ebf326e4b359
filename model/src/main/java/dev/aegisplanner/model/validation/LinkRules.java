package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Topology;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Backbone links: both ends are locations, not the same one, listed once, with a usable latency. */
final class LinkRules {

    private LinkRules() {
    }

    static void check(Topology topology, KnownIds locations, Findings findings) {
        Set<String> seen = new HashSet<>();
        List<Link> links = topology.links();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            String pointer = Places.of("links", i);
            String subject = "The link from " + link.from() + " to " + link.to();
            checkEnd(locations, findings, pointer + "/from", subject, link.from());
            checkEnd(locations, findings, pointer + "/to", subject, link.to());
            if (link.from().equals(link.to())) {
                findings.error("link-to-itself", pointer, subject + " connects a location to itself");
            } else if (!seen.add(unorderedKey(link))) {
                findings.warning("duplicate-link", pointer, "The link between " + link.from() + " and "
                        + link.to() + " is listed more than once; links are undirected, so list each pair once");
            }
            if (!Double.isFinite(link.latencyMs())) {
                findings.error("not-finite", pointer + "/latencyMs", subject + " has a latency of "
                        + Findings.number(link.latencyMs()) + "; a latency must be a finite number of milliseconds");
            } else if (link.latencyMs() < 0) {
                findings.error("negative-latency", pointer + "/latencyMs", subject + " has a negative latency ("
                        + Findings.number(link.latencyMs()) + " ms)");
            }
        }
    }

    private static void checkEnd(KnownIds locations, Findings findings, String pointer, String subject, String end) {
        if (!locations.contains(end)) {
            findings.error("unknown-reference", pointer,
                    subject + " names location " + end + ", which does not exist");
        }
    }

    private static String unorderedKey(Link link) {
        boolean ordered = link.from().compareTo(link.to()) <= 0;
        String a = ordered ? link.from() : link.to();
        String b = ordered ? link.to() : link.from();
        return a.length() + ":" + a + b;
    }
}
