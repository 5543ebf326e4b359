package dev.aegisplanner.model.io;

import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What reading a topology file gave: the topology (best effort, so an editor can open a file with errors and
 * show them) and the problems found, in document order, each with a JSON pointer and a line and column. At
 * most {@link ReadLimits#maxProblems()} are listed; the rest are counted.
 *
 * @param topology {@code null} only when the outcome is {@link Outcome#UNREADABLE}
 * @param complete whether the topology holds everything the text says: false when decoding dropped an entry,
 *     a value of the wrong type or a repeated key, so that writing the topology over the file would lose that
 *     text (an editor asks before it does). Fields the format does not know are kept, so they lose nothing.
 * @param unlistedErrors errors found beyond the cap, not in {@code problems}
 * @param unlistedWarnings warnings found beyond the cap, not in {@code problems}
 */
public record ReadResult(Outcome outcome, Topology topology, List<Problem> problems, boolean complete,
                         long unlistedErrors, long unlistedWarnings) {

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

    /** A result whose topology holds all of its text, with every problem listed. */
    public ReadResult(Outcome outcome, Topology topology, List<Problem> problems) {
        this(outcome, topology, problems, true, 0, 0);
    }

    static ReadResult unreadable(Problem problem) {
        return new ReadResult(Outcome.UNREADABLE, null, List.of(problem), false, 0, 0);
    }

    static ReadResult of(Topology topology, List<Problem> problems, boolean complete, long unlistedErrors,
                         long unlistedWarnings) {
        boolean errors = unlistedErrors > 0 || problems.stream().anyMatch(Problem::isError);
        return new ReadResult(errors ? Outcome.INVALID : Outcome.VALID, topology, problems, complete, unlistedErrors,
                unlistedWarnings);
    }

    public boolean hasErrors() {
        return unlistedErrors > 0 || problems.stream().anyMatch(Problem::isError);
    }

    /** The errors listed; {@link #errorCount()} counts those left out too. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** Every error found, listed or not. */
    public long errorCount() {
        return errors().size() + unlistedErrors;
    }

    /** Every warning found, listed or not. */
    public long warningCount() {
        return warnings().size() + unlistedWarnings;
    }

    /** Problems found but not listed, beyond the cap. */
    public long unlisted() {
        return unlistedErrors + unlistedWarnings;
    }
}
