package dev.aegisplanner.app.editor.problems;

import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns validation problems into Problems-panel rows and canvas markers. Pure, so it runs off the FX thread. */
public final class ProblemRows {

    private ProblemRows() {
    }

    /**
     * Rows for the problems of a topology, errors first, each in the order found. Problems found while
     * reading the file (with line and column) replace the validator's report of the same rule at the same place.
     */
    public static List<ProblemRow> rows(Topology topology, List<Problem> validated, List<Problem> fromFile) {
        TopologyIndex lookup = topology.index();
        Set<String> reported = new HashSet<>();
        List<ProblemRow> rows = new ArrayList<>();
        for (Problem problem : fromFile) {
            reported.add(problem.code() + " " + problem.pointer());
            rows.add(row(lookup, problem));
        }
        for (Problem problem : validated) {
            if (!reported.contains(problem.code() + " " + problem.pointer())) {
                rows.add(row(lookup, problem));
            }
        }
        rows.sort(Comparator.comparing(ProblemRow::severity));
        return List.copyOf(rows);
    }

    /** The worst severity per element: what the canvas marks. */
    public static Map<ElementRef, Severity> markers(List<ProblemRow> rows) {
        Map<ElementRef, Severity> markers = new LinkedHashMap<>();
        for (ProblemRow row : rows) {
            row.target().ifPresent(ref -> markers.merge(ref, row.severity(),
                    (a, b) -> a == Severity.ERROR || b == Severity.ERROR ? Severity.ERROR : Severity.WARNING));
        }
        return Map.copyOf(markers);
    }

    private static ProblemRow row(TopologyIndex lookup, Problem problem) {
        ElementRef element = problem.pointer().isEmpty() ? null : lookup.elementAt(problem.pointer()).orElse(null);
        String where = element != null ? element.toString() : problem.pointer().isEmpty() ? "document" : problem.pointer();
        String position = problem.hasPosition() ? problem.line() + ":" + problem.column() : "";
        return new ProblemRow(problem, element, where, position);
    }
}
