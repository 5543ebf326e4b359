package dev.aegisplanner.model.io;

import dev.aegisplanner.model.validation.Problem;

/** Reading stopped: the input is not JSON, is over a limit, or is not a topology. Carries the one problem. */
final class UnreadableException extends Exception {

    private final transient Problem problem;

    UnreadableException(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
