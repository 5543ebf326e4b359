package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.model.analysis.CoverageChange;
import dev.aegisplanner.model.analysis.CoverageDiff;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.text.Counts;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * "What if it were down?" on a location, data center or server: the coverage of every zone (IPv4) with the
 * element down, compared with the plan as it is, computed in the background (a planet takes a moment) and
 * told in a few lines. It changes nothing: the planner marks the element down to keep the answer.
 */
final class WhatIfDown {

    private final BackgroundWork work;
    private final Consumer<Report> show;

    /** What the answer says: a headline and a line per changed request, the first few of them. */
    record Report(String title, String headline, List<String> lines) {
    }

    static final int MAX_LINES = 12;

    WhatIfDown(BackgroundWork work, Consumer<Report> show) {
        this.work = work;
        this.show = show;
    }

    Task<Report> ask(Topology topology, ElementRef element) {
        Task<Report> task = new Task<>() {
            @Override
            protected Report call() {
                updateMessage("What if " + element.id() + " were down...");
                updateProgress(-1, 1);
                return report(topology, element);
            }
        };
        task.setOnSucceeded(e -> show.accept(task.getValue()));
        task.setOnFailed(e -> show.accept(new Report("What if " + element.id() + " were down?",
                "The coverage could not be computed: " + task.getException().getMessage(), List.of())));
        return work.run(task);
    }

    static Report report(Topology topology, ElementRef element) {
        List<CoverageDiff> diffs = CoverageDiff.takingDown(topology, Set.of(element.id()), List.of(Family.IPV4));
        List<CoverageChange> changes = diffs.stream().flatMap(d -> d.changes().stream()).toList();
        long rerouted = changes.stream().filter(c -> c.kind() == CoverageChange.Kind.REROUTED).count();
        long stranded = changes.stream().filter(c -> c.after() != null && c.after().tier() == Tier.NO_EGRESS).count();
        long lost = changes.stream().filter(c -> c.kind() == CoverageChange.Kind.INGRESS_DOWN).count();
        String title = "What if " + element.id() + " were down?";
        if (changes.isEmpty()) {
            return new Report(title, "Nothing changes: every zone's requests egress where they do now.", List.of());
        }
        String headline = Counts.of(rerouted, "request") + " rerouted, " + Counts.of(stranded, "request")
                + " with nowhere to egress, " + Counts.of(lost, "ingress server") + " down (IPv4, "
                + Counts.of(diffs.stream().filter(d -> !d.isEmpty()).count(), "zone") + ").";
        List<String> lines = changes.stream().limit(MAX_LINES).map(WhatIfDown::line).toList();
        if (changes.size() > MAX_LINES) {
            lines = new java.util.ArrayList<>(lines);
            lines.add("\u2026 and " + Counts.of(changes.size() - MAX_LINES, "more change") + ".");
        }
        return new Report(title, headline, lines);
    }

    private static String line(CoverageChange change) {
        String ingress = change.ingress().server();
        if (change.kind() == CoverageChange.Kind.INGRESS_DOWN) {
            return change.zone() + ": " + ingress + " is down, its requests enter elsewhere";
        }
        if (change.kind() == CoverageChange.Kind.INGRESS_UP) {
            return change.zone() + ": " + ingress + " comes up";
        }
        String before = where(change.before().tier(), change.before().egressLocation());
        String after = where(change.after().tier(), change.after().egressLocation());
        return change.zone() + " from " + ingress + ": " + before + " \u2192 " + after;
    }

    private static String where(Tier tier, String location) {
        return tier == Tier.NO_EGRESS || location == null ? tier.name() : tier.name() + " (" + location + ")";
    }
}
