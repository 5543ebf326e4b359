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
 * @param complete whether the topology holds everything the text says: false when decoding dropped an entry,
 *     an unknown field, a value of the wrong type or a repeated key, so that writing the topology over the
 *     file would lose that text (an editor asks before it does)
 */
public record ReadResult(Outcome outcome, Topology topology, List<Problem> problems, boolean complete) {

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

    /** A result whose topology holds all of its text. */
    public ReadResult(Outcome outcome, Topology topology, List<Problem> problems) {
        this(outcome, topology, problems, true);
    }

    static ReadResult unreadable(Problem problem) {
        return new ReadResult(Outcome.UNREADABLE, null, List.of(problem), false);
    }

    static ReadResult of(Topology topology, List<Problem> problems, boolean complete) {
        boolean errors = problems.stream().anyMatch(Problem::isError);
        return new ReadResult(errors ? Outcome.INVALID : Outcome.VALID, topology, problems, complete);
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
