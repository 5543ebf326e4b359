package dev.aegisplanner.app.editor.problems;

import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns validation problems into Problems-panel rows and canvas markers. Pure, so it runs off the FX thread. */
public final class ProblemRows {

    private ProblemRows() {
    }

    /**
     * Rows for the problems of a topology, errors first, each in the order found. Problems found while reading
     * the file give the validator's problems their line and column (the reader reports the same rules with the
     * same words, at the place in the text), and add what only reading finds (a value of the wrong type). The
     * validator's pointers are kept: they lead into the topology even when reading left entries out, so that a
     * click or a quick fix finds the right element.
     */
    public static List<ProblemRow> rows(Topology topology, List<Problem> validated, List<Problem> fromFile) {
        TopologyIndex lookup = topology.index();
        Map<String, Deque<Problem>> placed = new LinkedHashMap<>();
        for (Problem problem : fromFile) {
            placed.computeIfAbsent(key(problem), k -> new ArrayDeque<>()).add(problem);
        }
        List<Placed> rows = new ArrayList<>();
        for (Problem problem : validated) {
            Deque<Problem> same = placed.get(key(problem));
            Problem inFile = same == null ? null : same.poll();
            rows.add(new Placed(row(lookup, problem, inFile != null ? inFile : problem), inFile));
        }
        placed.values().forEach(onlyInFile -> onlyInFile.forEach(problem ->
                rows.add(new Placed(row(lookup, problem, problem), problem))));
        // Errors first; within each, in the order of the file where the file says (the rest keep theirs).
        rows.sort(Comparator.comparing((Placed p) -> p.row().severity())
                .thenComparingInt(p -> p.inFile() == null ? 0 : p.inFile().line())
                .thenComparingInt(p -> p.inFile() == null ? 0 : p.inFile().column()));
        return rows.stream().map(Placed::row).toList();
    }

    /** A row and the problem as found in the file, for ordering rows as the file orders them. */
    private record Placed(ProblemRow row, Problem inFile) {
    }

    private static String key(Problem problem) {
        return problem.code() + "\0" + problem.message();
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

    /** @param placed the same problem as found in the file, with its line and column, or itself */
    private static ProblemRow row(TopologyIndex lookup, Problem problem, Problem placed) {
        ElementRef element = problem.pointer().isEmpty() ? null : lookup.elementAt(problem.pointer()).orElse(null);
        String where = element != null ? element.toString() : problem.pointer().isEmpty() ? "document" : problem.pointer();
        String position = placed.hasPosition() ? placed.line() + ":" + placed.column() : "";
        return new ProblemRow(problem, element, where, position);
    }
}
