package dev.aegisplanner.model.io;

import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What reading a topology file gave: the topology (best effort, so an editor can open a file with errors and
 * show them) and every problem found, in document order, each with a JSON pointer and a line and column.
 *
 * @param topology {@code null} only when the outcome is {@link Outcome#UNREADABLE}
 */
public record ReadResult(Outcome outcome, Topology topology, List<Problem> problems) {

    public enum Outcome {
        /** No errors (warnings allowed): the engine can run. */
        VALID,
        /** A topology was decoded but has errors, which block the engine. */
        INVALID,
        /** An I/O error, not JSON, over a reading limit, or not a topology document at all. */
        UNREADABLE
    }

    public ReadResult {
        Objects.requireNonNull(outcome, "outcome");
        problems = List.copyOf(problems);
        if ((topology == null) != (outcome == Outcome.UNREADABLE)) {
            throw new IllegalArgumentException("a topology is missing exactly when the file is unreadable");
        }
    }

    static ReadResult unreadable(Problem problem) {
        return new ReadResult(Outcome.UNREADABLE, null, List.of(problem));
    }

    static ReadResult of(Topology topology, List<Problem> problems) {
        boolean errors = problems.stream().anyMatch(Problem::isError);
        return new ReadResult(errors ? Outcome.INVALID : Outcome.VALID, topology, problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
